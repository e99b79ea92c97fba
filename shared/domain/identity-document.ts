// Numéro de pièce d'identité (« Créer mon espace Mon Compte »: "carte d'identité française", "titre de séjour
// français", "passeport français"). Format only: the back end checks that the document exists. Spaces are ignored and
// letters upper-cased,
// because the number is copied from the card in groups.
// - Carte nationale d'identité:
//   - issued until 1 August 2021 (laminated card), 12 characters: year (2 digits) and month (2 digits, 01–12) of
//     issue, the issuing département and office (3 letters or digits: "923", "2A1", "75K"), then a 5-digit sequence;
//   - issued since 2 August 2021 (card in the credit-card format, Regulation (EU) 2019/1157), 9 characters, letters
//     and digits, printed as "N° du document" like the passport's (ANTS, "la nouvelle carte d'identité").
// - Passeport (French, since 2006): 9 characters, 2 digits, 2 letters, 5 digits (ANTS; e.g. 12AB34567).
// - Titre de séjour (card issued by the préfecture): its 10-digit document number (the number printed on the front,
//   which is also the AGDREF foreigner number).
import { fail, ok, type Check } from './check';

export type IdentityDocumentKind = 'carte-identite' | 'titre-sejour' | 'passeport';

const CNI_UNTIL_2021 = /^\d{2}(?:0[1-9]|1[0-2])[0-9A-Z]{3}\d{5}$/;
const CNI_SINCE_2021 = /^[0-9A-Z]{9}$/;
const PASSPORT = /^\d{2}[A-Z]{2}\d{5}$/;
const RESIDENCE_PERMIT = /^\d{10}$/;

const FORMATS: Readonly<Record<IdentityDocumentKind, readonly RegExp[]>> = {
  'carte-identite': [CNI_UNTIL_2021, CNI_SINCE_2021],
  passeport: [PASSPORT],
  'titre-sejour': [RESIDENCE_PERMIT],
};

export function checkIdentityDocumentNumber(kind: IdentityDocumentKind, input: string): Check<string> {
  const number = input.replace(/\s/g, '').toUpperCase();
  if (number === '') return fail('identityDocument.required');
  const formats = FORMATS[kind] ?? [];
  return formats.some((format) => format.test(number)) ? ok(number) : fail('identityDocument.format');
}
