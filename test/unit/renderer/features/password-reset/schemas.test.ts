// « Mot de passe oublié ? » checks the identifier as the back end does (shared/domain) and wants a channel chosen.
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../schema-errors';
import { resetStartSchema, type ResetStartValues } from '../../../../../renderer/src/features/password-reset/schemas';

const errorsOf = (values: Partial<ResetStartValues>) =>
  schemaErrors(resetStartSchema, { identifier: '', channel: 'sms', ...values });

describe('the first step of the password reset', () => {
  it('refuses a blank or malformed identifier and a missing channel', async () => {
    const blank = await errorsOf({ identifier: '', channel: null });
    expect(Object.keys(blank).sort()).toEqual(['channel', 'identifier']);
    expect(blank.channel).toBe('contactChannel.required');
    expect(await errorsOf({ identifier: '12345' })).toHaveProperty('identifier');
    expect(await errorsOf({ identifier: '1600667482107', channel: 'email' })).toEqual({});
  });
});
