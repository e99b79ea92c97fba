// The first login's contact form runs the back end's rules (shared/domain) before sending; the field the chosen
// channel needs is required, the others may stay blank.
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../schema-errors';
import { migrationContactSchema, type MigrationContactValues } from '../../../../../renderer/src/features/migration/schemas';

const errorsOf = (values: Partial<MigrationContactValues>) =>
  schemaErrors(migrationContactSchema, { mobile: '', autreTelephone: '', email: '', channel: 'sms', ...values });

describe('the first login’s contact form', () => {
  it('requires the mobile for a code by SMS and the address for a code by mail, nothing else', async () => {
    expect(await errorsOf({ channel: 'sms' })).toEqual({ mobile: 'mobile.required' });
    expect(await errorsOf({ channel: 'email' })).toEqual({ email: 'email.required' });
    expect(await errorsOf({ channel: 'sms', mobile: '0612345678' })).toEqual({});
  });

  it('checks a number or an address typed even where the channel does not need it', async () => {
    expect(await errorsOf({ channel: 'email', email: 'marie@example.fr', mobile: '0123' })).toHaveProperty('mobile');
    expect(await errorsOf({ channel: 'sms', mobile: '0612345678', email: 'marie@' })).toHaveProperty('email');
  });

  it('lets the visitor choose the channel: none is picked for them', async () => {
    expect(await errorsOf({ channel: null, mobile: '0612345678' })).toEqual({ channel: 'contactChannel.required' });
  });
});
