// The separation form (issue 7): the rules the back end runs too (shared/domain): a past day JJ/MM/AAAA, counted in
// Europe/Paris, and, when the declarant leaves the home, a French postal address.
import * as yup from 'yup';
import { checkAddressLine, checkCity, checkPostalCode } from '@shared/domain/address';
import { checkPastDay } from '@shared/domain/calendar-day';
import type { Check } from '@shared/domain/check';
import { parisDay } from '@shared/domain/paris-day';

export interface SeparationValues {
  date: string;
  housing: 'stays' | 'leaves' | null;
  line: string;
  postalCode: string;
  city: string;
}

const whenLeaving = (check: (v: string) => Check<unknown>) =>
  (value: string | undefined, ctx: yup.TestContext) => {
    if ((ctx.parent as SeparationValues).housing !== 'leaves') return true;
    const result = check(value ?? '');
    return result.ok || ctx.createError({ message: result.error });
  };

export const separationSchema = yup.object({
  date: yup.string().default('').test('date', (v, ctx) => {
    const result = checkPastDay(v ?? '', parisDay(Date.now()));
    return result.ok || ctx.createError({ message: result.error });
  }),
  housing: yup.string().nullable().test('housing', (v, ctx) => (v ? true : ctx.createError({ message: 'housing.required' }))),
  line: yup.string().default('').test('line', whenLeaving(checkAddressLine)),
  postalCode: yup.string().default('').test('postalCode', whenLeaving(checkPostalCode)),
  city: yup.string().default('').test('city', whenLeaving(checkCity)),
});
