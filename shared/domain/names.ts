// Nom de naissance, prénom(s), nom d'usage (« Créer mon espace Mon Compte »). Letters, including the accented letters
// of French, and the separators of compound names: space ("LE GOFF"), hyphen ("JEAN-PIERRE"), apostrophe
// ("D'ARTAGNAN"). The typographic
// apostrophe ’ is read as '. Each separator stands between two letters. Display is in capitals, as the seeds'
// récapitulatif shows ("Nom de naissance : DUPONT", "Prénom(s) : JULIE"), accents kept (capitals take accents in French).
// "Nom d'usage (facultatif)": the caller skips the check when it is left empty.
import { fail, ok, type Check } from './check';

export type NameField = 'nomNaissance' | 'prenoms' | 'nomUsage';

// Generous caps (several given names fit in prenoms) that still stop pasted junk.
export const NAME_MAX_LENGTH: Readonly<Record<NameField, number>> = { nomNaissance: 60, nomUsage: 60, prenoms: 100 };

const LETTER = "[A-Za-zÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒàâäçéèêëîïôöùûüÿæœ]";
const NAME = new RegExp(`^${LETTER}+(?:[ '-]${LETTER}+)*$`);

function normalize(input: string): string {
  return input.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

export function checkName(input: string, field: NameField): Check<string> {
  const name = normalize(input);
  if (name === '') return fail('name.required');
  if (name.length > NAME_MAX_LENGTH[field]) return fail('name.tooLong');
  if (!NAME.test(name)) return fail('name.characters');
  return ok(name);
}

export function displayName(value: string): string {
  return normalize(value).toLocaleUpperCase('fr-FR');
}
