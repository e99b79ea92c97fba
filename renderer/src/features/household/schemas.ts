// The separation form (issue 7). The back end checks the date fully (a real day, not in the future) and answers
// on the field; here only what can be said before sending: filled in, JJ/MM/AAAA, 5-digit postal code.
import * as yup from 'yup';

export interface SeparationValues {
  date: string;
  housing: 'stays' | 'leaves' | null;
  line: string;
  postalCode: string;
  city: string;
}

const whenLeaving = (code: string, test: (v: string) => boolean) =>
  (value: string | undefined, ctx: yup.TestContext) =>
    (ctx.parent as SeparationValues).housing !== 'leaves' || test((value ?? '').trim()) || ctx.createError({ message: code });

export const separationSchema = yup.object({
  date: yup.string().default('')
    .test('date', (v, ctx) => ((v ?? '').trim() === '' ? ctx.createError({ message: 'date.required' }) : true))
    .test('date', (v, ctx) => (/^\d{2}\/\d{2}\/\d{4}$/.test((v ?? '').trim()) ? true : ctx.createError({ message: 'date.format' }))),
  housing: yup.string().nullable().test('housing', (v, ctx) => (v ? true : ctx.createError({ message: 'housing.required' }))),
  line: yup.string().default('').test('line', whenLeaving('line.required', (v) => v !== '')),
  postalCode: yup.string().default('')
    .test('postalCode', whenLeaving('postalCode.required', (v) => v !== ''))
    .test('postalCode', whenLeaving('postalCode.format', (v) => v === '' || /^\d{5}$/.test(v))),
  city: yup.string().default('').test('city', whenLeaving('city.required', (v) => v !== '')),
});
