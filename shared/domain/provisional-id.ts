// Identifiant provisoire: what the back end issues to a visitor without a NIR (« Créer mon espace Mon Compte »: "Un
// identifiant provisoire m'est donné à la fin de ma démarche"); it is then typed at login in place of the NIR (« Me
// connecter à Mon Compte »).
//
// Format (this project's design): 13 digits, "9" + 10 random digits + a 2-digit check key.
// - 13 digits like the NIR: the visitor types it on the same digits pad, in the same field, with the same habit.
// - It never collides with a NIR: a NIR starts with 1 or 2 (a NIA with 7 or 8); none starts with 9.
// - The key is the NIR's own: 97 − (the first 11 digits mod 97), two digits. A mod-97 key catches every single wrong
//   digit and every swap of two adjacent digits, so a typo at the kiosk is refused before any server round trip.
// - 10 random digits: 10^10 identifiers, drawn by the back end from a CSPRNG (the domain stays pure: the caller passes
//   the digits) and checked for uniqueness in its database.
import { fail, ok, type Check } from './check';
import { checkNir } from './nir';

const PREFIX = '9';
const RANDOM_LENGTH = 10;
const SHAPE = /^9\d{12}$/;

function normalize(input: string): string {
  return input.replace(/\s/g, '');
}

function key(body: string): string {
  return String(97 - (Number(body) % 97)).padStart(2, '0');
}

/** A new identifier from at least 10 random digits (only the first 10 are used). */
export function newProvisionalId(randomDigits: string): string {
  const digits = randomDigits.replace(/\D/g, '');
  if (digits.length < RANDOM_LENGTH) throw new RangeError(`newProvisionalId needs ${RANDOM_LENGTH} random digits`);
  const body = PREFIX + digits.slice(0, RANDOM_LENGTH);
  return body + key(body);
}

export function checkProvisionalId(input: string): Check<string> {
  const id = normalize(input);
  if (id === '') return fail('provisionalId.required');
  if (!SHAPE.test(id)) return fail('provisionalId.format');
  if (id.slice(11) !== key(id.slice(0, 11))) return fail('provisionalId.check');
  return ok(id);
}

/** "9 1234 5678 9012": grouped for reading aloud and printing; anything else is returned compacted. */
export function formatProvisionalId(id: string): string {
  const compact = normalize(id);
  if (!SHAPE.test(compact)) return compact;
  return [compact.slice(0, 1), compact.slice(1, 5), compact.slice(5, 9), compact.slice(9)].join(' ');
}

/**
 * The login identifier (« Me connecter à Mon Compte »: the NIR's 13 characters, or the provisional identifier). The
 * first digit decides: 9 is provisional, anything else is read as a NIR (so its errors are the NIR's, "nir.required"
 * when empty).
 */
export function checkIdentifier(input: string): Check<{ kind: 'nir' | 'provisional'; value: string }> {
  if (normalize(input).startsWith(PREFIX)) {
    const provisional = checkProvisionalId(input);
    return provisional.ok ? ok({ kind: 'provisional', value: provisional.value }) : provisional;
  }
  const nir = checkNir(input);
  return nir.ok ? ok({ kind: 'nir', value: nir.value }) : nir;
}
