// IBAN of the account the aide au logement is paid into (the Caf's online request asks for "les coordonnées bancaires
// du compte sur lequel l'aide sera versée"). ISO 13616: two letters of the country, two check digits, then the
// country's BBAN, of the length and shape the SWIFT « IBAN Registry » gives for that country; the check digits make the
// whole number ≡ 1 mod 97 (ISO 7064 MOD 97-10), which catches every single wrong character and every swap of two
// adjacent ones. Where a country's BBAN carries its own key (the French RIB key, Belgian, Spanish … keys) that key is
// checked too. The Caf pays into an account of the SEPA area only.
//
// The registry (lengths and BBAN shapes per country, SEPA membership, national keys) comes from ibantools, which follows
// the SWIFT registry release by release: a table we would otherwise copy by hand and let go stale.
import { electronicFormatIBAN, friendlyFormatIBAN, isSEPACountry, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { fail, ok, type Check } from './check';

/** Longest IBAN of the registry (34) plus the spaces of its grouping by four. */
export const IBAN_INPUT_MAX = 42;

/**
 * "FR76 3000 6000 0112 3456 7890 189" → "FR7630006000011234567890189" when valid. Spaces and hyphens as typed are
 * ignored, lower case is read as upper case.
 * Codes: iban.required, iban.country (not a country of the SEPA area), iban.length, iban.format, iban.key.
 */
export function checkIban(input: string): Check<string> {
  const iban = electronicFormatIBAN(input.replace(/-/g, '')) ?? '';
  if (iban === '') return fail('iban.required');
  if (!/^[A-Z]{2}/.test(iban) || !/^[A-Z]{2}[0-9A-Z]*$/.test(iban)) return fail('iban.format');
  const result = validateIBAN(iban);
  const errors = new Set(result.errorCodes);
  if (errors.has(ValidationErrorsIBAN.NoIBANCountry) || !isSEPACountry(iban.slice(0, 2))) return fail('iban.country');
  if (errors.has(ValidationErrorsIBAN.WrongBBANLength)) return fail('iban.length');
  if (errors.has(ValidationErrorsIBAN.WrongBBANFormat) || errors.has(ValidationErrorsIBAN.ChecksumNotNumber)) {
    return fail('iban.format');
  }
  if (!result.valid) return fail('iban.key');
  return ok(iban);
}

/** Grouped by four, as printed on a RIB: "FR76 3000 6000 0112 3456 7890 189". */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban.replace(/\s/g, '')) ?? iban;
}

/** What the summary and the accusé de réception show: the country and the last four characters only. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s/g, '');
  return compact.length <= 8 ? compact : `${compact.slice(0, 4)} **** **** ${compact.slice(-4)}`;
}
