// The yup schemas of the wizard's own steps (état civil, identity document). Every rule is a call to shared/domain
// (the back end calls the same functions), so a rule exists once; a schema only says which field a domain error code
// belongs to. Error messages are the domain's codes; the views translate them (i18n errors.*). The contact, code and
// password schemas, shared with other journeys, are in forms/schemas.ts.
import * as yup from 'yup';
import { checkBirthDate, type SimpleDate } from '@shared/domain/birth-date';
import type { BirthPlace } from '@shared/domain/birthplace';
import type { Check } from '@shared/domain/check';
import { checkIdentityDocumentNumber, type IdentityDocumentKind } from '@shared/domain/identity-document';
import { checkName } from '@shared/domain/names';
import { checkNir, nirConsistency, type Civilite } from '@shared/domain/nir';
import { parisDay } from '@shared/domain/paris-day';
import { domain } from '../../forms/yup-domain';
import { placesIfLoaded } from './places';

/** Today in Europe/Paris, as the back end computes it (shared/domain/paris-day.ts). */
export function todayOf(now: Date): SimpleDate {
  return parisDay(now.getTime());
}

/** A blank field's code may say which field it is ("Saisissez votre nom de naissance" rather than "ce nom"). */
function renameRequired(result: Check<string>, code: string): Check<string> {
  return !result.ok && result.error === 'name.required' ? { ok: false, error: code } : result;
}

export type YesNo = 'oui' | 'non';
export type PlaceKind = 'france' | 'etranger';

export interface EtatCivilValues {
  hasNir: YesNo | null;
  nir: string;
  civilite: Civilite | null;
  nomNaissance: string;
  prenoms: string;
  nomUsage: string;
  dateNaissance: string;
  lieuKind: PlaceKind | null;
  departement: string | null;
  commune: string | null;
  pays: string | null;
}

export const etatCivilFieldOrder: Array<keyof EtatCivilValues> = [
  'hasNir', 'nir', 'civilite', 'nomNaissance', 'prenoms', 'nomUsage', 'dateNaissance', 'lieuKind', 'departement', 'commune', 'pays',
];

export function birthPlaceOf(v: Pick<EtatCivilValues, 'lieuKind' | 'departement' | 'commune' | 'pays'>): BirthPlace | null {
  if (v.lieuKind === 'france' && v.departement && v.commune) return { kind: 'france', departement: v.departement, commune: v.commune };
  if (v.lieuKind === 'etranger' && v.pays) return { kind: 'etranger', pays: v.pays };
  return null;
}

/**
 * Which answers disagree with the NIR (civilité, birth date, birthplace), once each of them is valid on its own: the
 * visitor hears it at the field concerned before the back end refuses the whole step (issue 4).
 */
export function nirDisagreements(v: EtatCivilValues, today: SimpleDate): Array<'civilite' | 'dateNaissance' | 'lieuNaissance'> {
  if (v.hasNir !== 'oui' || !v.civilite) return [];
  const nir = checkNir(v.nir);
  const birthDate = checkBirthDate(v.dateNaissance, today);
  const birthPlace = birthPlaceOf(v);
  if (!nir.ok || !birthDate.ok || !birthPlace) return [];
  return nirConsistency(nir.value, { civilite: v.civilite, birthDate: birthDate.value, birthPlace });
}

export function etatCivilSchema(today: () => SimpleDate) {
  const france = (v: { parent: EtatCivilValues }) => v.parent.lieuKind === 'france';
  return yup
    .object({
      hasNir: yup.mixed<YesNo>().nullable().test('hasNir', domain<YesNo | null>((v) => (v ? null : { ok: false, error: 'hasNir.required' }))),
      nir: yup
        .string()
        .default('')
        .test('nir', domain<string>((v, ctx) => ((ctx.parent as EtatCivilValues).hasNir === 'oui' ? checkNir(v ?? '') : null))),
      civilite: yup
        .mixed<Civilite>()
        .nullable()
        .test('civilite', domain<Civilite | null>((v) => (v ? null : { ok: false, error: 'civilite.required' })))
        .test('nirCivilite', domain<Civilite | null>((_, ctx) => consistency(ctx, 'civilite'))),
      nomNaissance: yup
        .string()
        .default('')
        .test('nomNaissance', domain<string>((v) => renameRequired(checkName(v ?? '', 'nomNaissance'), 'nomNaissance.required'))),
      prenoms: yup
        .string()
        .default('')
        .test('prenoms', domain<string>((v) => renameRequired(checkName(v ?? '', 'prenoms'), 'prenoms.required'))),
      nomUsage: yup
        .string()
        .default('')
        .test('nomUsage', domain<string>((v) => ((v ?? '').trim() === '' ? null : checkName(v ?? '', 'nomUsage')))),
      dateNaissance: yup
        .string()
        .default('')
        .test('dateNaissance', domain<string>((v) => checkBirthDate(v ?? '', today())))
        .test('nirDate', domain<string>((_, ctx) => consistency(ctx, 'dateNaissance'))),
      lieuKind: yup
        .mixed<PlaceKind>()
        .nullable()
        .test('lieuKind', domain<PlaceKind | null>((v) => (v ? null : { ok: false, error: 'birthPlace.required' }))),
      departement: yup
        .string()
        .nullable()
        .test('departement', domain<string | null>((v, ctx) => (france(ctx) && !v ? { ok: false, error: 'birthPlace.departement' } : null))),
      commune: yup
        .string()
        .nullable()
        .test('commune', domain<string | null>((v, ctx) => {
          const values = ctx.parent as EtatCivilValues;
          if (!france(ctx)) return null;
          if (!v) return { ok: false, error: 'birthPlace.commune' };
          const places = placesIfLoaded();
          const place = birthPlaceOf(values);
          return places && place ? places.checkBirthPlace(place) : null;
        }))
        .test('nirCommune', domain<string | null>((_, ctx) => (france(ctx) ? consistency(ctx, 'lieuNaissance') : null))),
      pays: yup
        .string()
        .nullable()
        .test('pays', domain<string | null>((v, ctx) => {
          const values = ctx.parent as EtatCivilValues;
          if (values.lieuKind !== 'etranger') return null;
          if (!v) return { ok: false, error: 'birthPlace.pays' };
          const places = placesIfLoaded();
          const place = birthPlaceOf(values);
          return places && place ? places.checkBirthPlace(place) : null;
        }))
        .test('nirPays', domain<string | null>((_, ctx) =>
          (ctx.parent as EtatCivilValues).lieuKind === 'etranger' ? consistency(ctx, 'lieuNaissance') : null,
        )),
    });

  function consistency(ctx: yup.TestContext, which: 'civilite' | 'dateNaissance' | 'lieuNaissance'): Check<unknown> | null {
    return nirDisagreements(ctx.parent as EtatCivilValues, today()).includes(which)
      ? { ok: false, error: `nirConsistency.${which}` }
      : null;
  }
}

export type DocumentChoice = IdentityDocumentKind | 'aucune';
export interface IdentityDocumentValues {
  kind: DocumentChoice | null;
  number: string;
}

export const identityDocumentSchema = yup.object({
  kind: yup
    .mixed<DocumentChoice>()
    .nullable()
    .test('kind', domain<DocumentChoice | null>((v) => (v ? null : { ok: false, error: 'identityDocument.required' }))),
  number: yup
    .string()
    .default('')
    .test('number', domain<string>((v, ctx) => {
      const kind = (ctx.parent as IdentityDocumentValues).kind;
      if (!kind || kind === 'aucune') return null;
      if ((v ?? '').trim() === '') return { ok: false, error: 'identityDocument.numberRequired' };
      return checkIdentityDocumentNumber(kind, v ?? '');
    })),
});
