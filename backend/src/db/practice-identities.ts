// The workshop's practice identities (issue 14, "Workshop practice"): four journeys to rehearse at a kiosk in
// workshop mode, each with what to type, taken from the seed data so that they always work on a sandbox just reset
// (POST /sandbox/reset, the agent panel's "Réinitialiser l'atelier"). Sandbox only: these are test identities with
// their passwords, never real people.
import type { PracticeIdentity } from '../../../shared/api';
import { allCountries } from '../../../shared/domain/geo-data';
import { SEED_HOUSEHOLDS, SEED_PERSONS } from './seed-data';

const person = (id: string) => {
  const found = SEED_PERSONS.find((p) => p.id === id);
  if (!found) throw new Error(`practice identity ${id} is not in the seed data`);
  return found;
};
const nameOf = (p: ReturnType<typeof person>) => `${p.prenoms} ${p.nomNaissance}`;
const jjmmaaaa = (isoDay: string) => isoDay.split('-').reverse().join('/');

export function practiceIdentities(): PracticeIdentity[] {
  const veronique = person('p-veronique');
  const pierre = person('p-pierre');
  const karim = person('p-karim');
  const amina = person('p-amina');
  const household = SEED_HOUSEHOLDS.find((h) => h.id === pierre.householdId);
  const country = amina.birthPlace.kind === 'etranger' ? amina.birthPlace.pays : '';
  const titre = amina.documents?.find((d) => d.kind === 'titre-sejour')?.number ?? '';
  return [
    {
      kind: 'allocataire',
      name: nameOf(veronique),
      toType: [{ field: 'nir', value: veronique.nir ?? '' }, { field: 'password', value: veronique.account?.password ?? '' }],
    },
    {
      kind: 'migrated',
      name: nameOf(pierre),
      toType: [
        { field: 'allocataireNumber', value: pierre.legacy?.allocataireNumber ?? household?.allocataireNumber ?? '' },
        { field: 'nir', value: pierre.nir ?? '' },
        { field: 'oldPassword', value: pierre.legacy?.password ?? '' },
      ],
    },
    {
      kind: 'conjoint',
      name: nameOf(karim),
      toType: [{ field: 'nir', value: karim.nir ?? '' }, { field: 'password', value: karim.account?.password ?? '' }],
    },
    {
      kind: 'newcomer',
      name: nameOf(amina),
      toType: [
        { field: 'hasNir', value: 'NON' },
        { field: 'civilite', value: amina.civilite },
        { field: 'nomNaissance', value: amina.nomNaissance },
        { field: 'prenoms', value: amina.prenoms },
        { field: 'dateNaissance', value: jjmmaaaa(amina.birthDate) },
        { field: 'paysNaissance', value: (allCountries().find((c) => c.code === country)?.nom ?? country).toUpperCase() },
        { field: 'titreSejour', value: titre },
      ],
    },
  ];
}
