// The back end's input checks: the shared domain rules (the kiosk runs the same ones), turned into HttpErrors that
// carry the rule's code and the field's name.
import type { BirthPlaceInput, Channel, EtatCivil, EtatCivilInput } from '../../../shared/api';
import type { Check } from '../../../shared/domain/check';
import { checkBirthDate, formatBirthDate, type SimpleDate } from '../../../shared/domain/birth-date';
import { checkBirthPlace, type BirthPlace } from '../../../shared/domain/birthplace';
import { checkEmail, checkMobile, checkVerificationCode, confirmationMatches } from '../../../shared/domain/contact';
import { checkName, displayName } from '../../../shared/domain/names';
import { checkNir, nirConsistency } from '../../../shared/domain/nir';
import { parisDay } from '../../../shared/domain/paris-day';
import { checkPassword } from '../../../shared/domain/password';
import { checkIdentifier } from '../../../shared/domain/provisional-id';
import { fail, invalid } from '../errors';

export function must<T>(check: Check<T>, field: string): T {
  if (!check.ok) throw invalid(check.error, field);
  return check.value;
}

/** Today in Europe/Paris, as the kiosk computes it (shared/domain/paris-day.ts). */
export const today = (nowMs: number): SimpleDate => parisDay(nowMs);

export const isoDay = (d: SimpleDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function fromIsoDay(day: string): SimpleDate {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: date ?? 0 };
}

function toBirthPlace(input: BirthPlaceInput): BirthPlace {
  return input.kind === 'france'
    ? { kind: 'france', departement: input.departement ?? '', commune: input.commune ?? '' }
    : { kind: 'etranger', pays: input.pays ?? '' };
}

export interface CheckedEtatCivil {
  view: EtatCivil;
  birthDate: SimpleDate;
  birthPlace: BirthPlace;
}

/** Step 1 of J1: every field by its domain rule, then the NIR against civilité, date and place of birth. */
export function checkEtatCivil(input: EtatCivilInput, nowMs: number): CheckedEtatCivil {
  let nir: string | null = null;
  if (input.hasNir) nir = must(checkNir(input.nir ?? ''), 'nir');
  // Names are kept in capitals, as the seeds' récapitulatif shows them ("Nom de naissance : DUPONT").
  const nomNaissance = displayName(must(checkName(input.nomNaissance, 'nomNaissance'), 'nomNaissance'));
  const prenoms = displayName(must(checkName(input.prenoms, 'prenoms'), 'prenoms'));
  const nomUsage = input.nomUsage && input.nomUsage.trim() !== ''
    ? displayName(must(checkName(input.nomUsage, 'nomUsage'), 'nomUsage'))
    : null;
  const birthDate = must(checkBirthDate(input.dateNaissance, today(nowMs)), 'dateNaissance');
  const birthPlace = must(checkBirthPlace(toBirthPlace(input.lieuNaissance)), 'lieuNaissance');
  if (nir) {
    const mismatches = nirConsistency(nir, { civilite: input.civilite, birthDate, birthPlace });
    if (mismatches.length > 0) {
      throw fail('nir.inconsistent', `The NIR does not match ${mismatches.join(', ')}`, mismatches[0]);
    }
  }
  return {
    birthDate,
    birthPlace,
    view: {
      nir,
      civilite: input.civilite,
      nomNaissance,
      prenoms,
      nomUsage,
      dateNaissance: formatBirthDate(birthDate),
      lieuNaissance: birthPlace,
    },
  };
}

/** A contact typed twice: the mobile in E.164, or the e-mail as normalised by the domain. */
export function checkContact(channel: Channel, value: string, confirmation?: string, field = 'value'): string {
  const normalised = channel === 'sms' ? must(checkMobile(value), field).e164 : must(checkEmail(value), field);
  if (confirmation !== undefined && !confirmationMatches(value, confirmation)) {
    throw invalid('confirmation.mismatch', 'confirmation');
  }
  return normalised;
}

export function checkNewPassword(password: string, confirmation: string): string {
  const value = must(checkPassword(password), 'password');
  if (!confirmationMatches(password, confirmation)) throw invalid('confirmation.mismatch', 'confirmation');
  return value;
}

export const checkCode = (code: string) => must(checkVerificationCode(code), 'code');

/** Login / reset identifier: NIR (13 characters) or provisional id. A malformed one is a 400 (it reveals nothing). */
export const parseIdentifier = (input: string): string => must(checkIdentifier(input), 'identifier').value;
