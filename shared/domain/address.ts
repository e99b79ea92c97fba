// A postal address in France (the home the aide au logement is asked for, the bailleur's address, the address after a
// separation): "numéro et voie", the 5-digit code postal of La Poste, the commune. Overseas departments have codes
// postaux of 5 digits too (971xx…976xx). The bounds stop pasted junk, not real addresses.
import { fail, ok, type Check } from './check';

export const ADDRESS_LIMITS = { line: 200, postalCode: 10, city: 100 } as const;

export interface Address {
  line: string;
  postalCode: string;
  city: string;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Codes line.required, line.tooLong. */
export function checkAddressLine(input: string): Check<string> {
  const line = clean(input);
  if (line === '') return fail('line.required');
  return line.length > ADDRESS_LIMITS.line ? fail('line.tooLong') : ok(line);
}

/** Codes postalCode.required, postalCode.format (5 digits). */
export function checkPostalCode(input: string): Check<string> {
  const code = input.replace(/\s/g, '');
  if (code === '') return fail('postalCode.required');
  return /^\d{5}$/.test(code) ? ok(code) : fail('postalCode.format');
}

/** Codes city.required, city.tooLong. */
export function checkCity(input: string): Check<string> {
  const city = clean(input);
  if (city === '') return fail('city.required');
  return city.length > ADDRESS_LIMITS.city ? fail('city.tooLong') : ok(city.toLocaleUpperCase('fr-FR'));
}

/** Every part, first failure by field; the value normalised (commune in capitals, as La Poste writes it). */
export function checkAddress(input: Address): Check<Address> & { field?: keyof Address } {
  const line = checkAddressLine(input.line);
  if (!line.ok) return { ...line, field: 'line' };
  const postalCode = checkPostalCode(input.postalCode);
  if (!postalCode.ok) return { ...postalCode, field: 'postalCode' };
  const city = checkCity(input.city);
  if (!city.ok) return { ...city, field: 'city' };
  return ok({ line: line.value, postalCode: postalCode.value, city: city.value });
}
