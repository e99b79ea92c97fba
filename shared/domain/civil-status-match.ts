// Whether a typed état civil designates a person of the registry: civilité, nom de naissance, prénom(s), date and place
// of birth all equal, after normalisation. The account-creation flow binds an account to a registry person only on
// this whole match (issue 16: the nom de naissance alone let anyone holding a NIR take that person's account).
// Names are compared by `nameKey`: the registry writes them in capitals without accents or with them, with a hyphen or
// a space between compound names, so "Inès", "INES" and "Ines" are one name, "Jean-Pierre" and "JEAN PIERRE" too.
import type { BirthPlace } from './birthplace';
import type { SimpleDate } from './check';
import type { Civilite } from './nir';

export interface CivilStatus {
  civilite: Civilite;
  nomNaissance: string;
  prenoms: string;
  birthDate: SimpleDate;
  birthPlace: BirthPlace;
}

const LIGATURES: Record<string, string> = { Œ: 'OE', œ: 'OE', Æ: 'AE', æ: 'AE' };

/** A name as compared with the registry: capitals, no accents, ligatures spelled out, one space between the parts. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[ŒœÆæ]/g, (c) => LIGATURES[c] ?? c)
    .toUpperCase()
    .replace(/[\s'’‘-]+/g, ' ')
    .trim();
}

const sameDate = (a: SimpleDate, b: SimpleDate) => a.year === b.year && a.month === b.month && a.day === b.day;

function samePlace(a: BirthPlace, b: BirthPlace): boolean {
  if (a.kind === 'france' && b.kind === 'france') return a.departement === b.departement && a.commune === b.commune;
  if (a.kind === 'etranger' && b.kind === 'etranger') return a.pays === b.pays;
  return false;
}

/** True only when every part of the état civil agrees; never says which part did not (that would be an oracle). */
export function sameCivilStatus(typed: CivilStatus, registry: CivilStatus): boolean {
  // Every comparison is made, whatever the first one gave: the answer takes the same work for any mismatch.
  const parts = [
    typed.civilite === registry.civilite,
    nameKey(typed.nomNaissance) === nameKey(registry.nomNaissance),
    nameKey(typed.prenoms) === nameKey(registry.prenoms),
    sameDate(typed.birthDate, registry.birthDate),
    samePlace(typed.birthPlace, registry.birthPlace),
  ];
  return parts.every(Boolean);
}
