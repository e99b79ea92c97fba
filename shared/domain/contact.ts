// Coordonnées de contact (« Créer mon espace Mon Compte »): "Numéro de téléphone portable" or "Adresse mail", each
// typed twice, then the verification code received (« Comment je fais pour me connecter … sur mon mobile ? »: valid 10
// minutes).
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { fail, ok, type Check } from './check';

// Mobiles of metropolitan France and of the overseas départements covered by the Caf network. Their numbers share the
// French national format (0 + 9 digits) but libphonenumber knows them under their own region (0690… is Guadeloupe, not
// FR), so a national number is tried in each. Saint-Barthélemy and Saint-Martin mobiles share Guadeloupe's 0690/0691
// ranges (+590) and are read as GP.
export const MOBILE_REGIONS: readonly CountryCode[] = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT'];

const PHONE_CHARACTERS = /^\+?[\d\s.()-]+$/;

interface FrenchNumber {
  phone: PhoneNumber;
  region: CountryCode;
}

// The "max" metadata, used everywhere: only it tells a mobile from a landline (the "min" one cannot type numbers).
// The default region only applies to a national number: "+590 690…" is read as GP whatever the default.
function parseIn(input: string, defaultRegion: CountryCode): FrenchNumber | undefined {
  const phone = parsePhoneNumberFromString(input, defaultRegion);
  const region = MOBILE_REGIONS.find((candidate) => candidate === phone?.country);
  if (phone?.isValid() !== true || region === undefined) return undefined;
  return { phone, region };
}

export function checkMobile(input: string): Check<{ e164: string; region: string; national: string }> {
  const text = input.trim();
  if (text === '') return fail('mobile.required');
  if (!PHONE_CHARACTERS.test(text)) return fail('mobile.format');
  const valid = MOBILE_REGIONS.map((region) => parseIn(text, region))
    .filter((candidate): candidate is FrenchNumber => candidate !== undefined);
  if (valid.length === 0) return fail('mobile.format');
  const mobile = valid.find(({ phone }) => phone.getType() === 'MOBILE');
  if (mobile === undefined) return fail('mobile.notMobile');
  return ok({ e164: mobile.phone.number, region: mobile.region, national: mobile.phone.formatNational() });
}

// The WHATWG "valid e-mail address" (what <input type=email> accepts), made stricter where a kiosk typo is likelier than
// a real address: the domain needs a dot and a letters-only top-level domain (jdupont@gmail is refused), and the local
// part follows RFC 5322's dot-atom (no leading, trailing or doubled dot). Lengths from RFC 5321 (64 local, 254 total).
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /\.[a-z]{2,63}$/;

export function checkEmail(input: string): Check<string> {
  const email = input.trim();
  if (email === '') return fail('email.required');
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const valid = at !== -1 && email.length <= 254 && local.length <= 64 && LOCAL.test(local)
    && labels.every((label) => LABEL.test(label)) && TLD.test(domain);
  return valid ? ok(`${local}@${domain}`) : fail('email.format');
}

/** The confirmation field equals the first one (spaces ignored: "06 12…" confirms "0612…"); empty never confirms. */
export function confirmationMatches(value: string, confirmation: string): boolean {
  const strip = (text: string) => text.replace(/\s/g, '');
  return strip(value) !== '' && strip(value) === strip(confirmation);
}

/** The verification code sent by SMS or e-mail: 6 digits. */
export function checkVerificationCode(input: string): Check<string> {
  const code = input.replace(/\s/g, '');
  if (code === '') return fail('code.required');
  return /^\d{6}$/.test(code) ? ok(code) : fail('code.format');
}
