// The separation form runs the back end's rules before sending (shared/domain): the same codes at the same fields.
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../schema-errors';
import { separationSchema, type SeparationValues } from '../../../../../renderer/src/features/household/schemas';

const errorsOf = (values: Partial<SeparationValues>) =>
  schemaErrors(separationSchema, { date: '01/02/2025', housing: 'leaves', line: '3 rue des Lilas', postalCode: '75011', city: 'Paris', ...values });

describe('the separation form', () => {
  it('accepts a past day and a French address', async () => {
    expect(await errorsOf({})).toEqual({});
  });

  it('names the date’s fault as the back end does: not a day, in the future', async () => {
    expect(await errorsOf({ date: '31/02/2025' })).toEqual({ date: 'date.invalid' });
    expect(await errorsOf({ date: '01/01/2999' })).toEqual({ date: 'date.future' });
    expect(await errorsOf({ date: '' })).toEqual({ date: 'date.required' });
  });

  it('checks the new address only for a declarant who leaves the home', async () => {
    expect(await errorsOf({ postalCode: '7501', city: '' })).toEqual({ postalCode: 'postalCode.format', city: 'city.required' });
    expect(await errorsOf({ line: 'x'.repeat(201) })).toEqual({ line: 'line.tooLong' });
    expect(await errorsOf({ housing: 'stays', postalCode: '', line: '', city: '' })).toEqual({});
  });
});
