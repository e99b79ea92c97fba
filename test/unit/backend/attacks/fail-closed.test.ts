// Attack (issue 16, fail closed): a back end started without saying which it is ran as the sandbox, publishing seed
// identities, every code at /sandbox/outbox and a FranceConnect simulator that logs anyone in; and a back end outside
// the sandbox without a mail gateway kept every message, its code in the body, in the outbox table. Each test failed
// on the code before the fix (SANDBOX defaulted to on; the notifier stored the body whenever no mailer was set).
import { afterEach, describe, expect, it } from 'vitest';
import { optionsFromEnv } from '../../../../backend/src/config';
import { makeApp, type TestApp } from '../helpers';

let t: TestApp | undefined;
afterEach(() => t?.close());

describe('attack: a back end that is the sandbox unless told otherwise', () => {
  it('refuses to start on an empty environment, naming what is missing', () => {
    expect(() => optionsFromEnv({})).toThrow(/SANDBOX=1 is not set and DATABASE_URL is missing/);
  });

  it('is not the sandbox on a real configuration that does not ask for it', () => {
    expect(optionsFromEnv({ DATABASE_URL: 'sqlite:/var/lib/moncompte/db.sqlite' }).backend.sandbox).toBe(false);
    expect(optionsFromEnv({ DATABASE_URL: 'sqlite:/var/lib/moncompte/db.sqlite', SANDBOX: 'yes' }).backend.sandbox).toBe(false);
  });
});

describe('attack: codes kept in the database outside the sandbox', () => {
  it('stores nothing of a message (body, code) when no gateway is configured', async () => {
    t = await makeApp({ sandbox: false });
    const flow = (await t.call('POST', '/v1/account-creations', {
      hasNir: false, civilite: 'MADAME', nomNaissance: 'Nguyen', prenoms: 'Linh', dateNaissance: '03/03/1993',
      lieuNaissance: { kind: 'etranger', pays: '99243' },
    })).json<{ id: string }>();
    await t.call('PUT', `/v1/account-creations/${flow.id}/identity-document`, { kind: 'aucune' });
    const sms = await t.call('PUT', `/v1/account-creations/${flow.id}/contact`, { channel: 'sms', value: '0612345678', confirmation: '0612345678' });
    expect(sms.json()).toMatchObject({ step: 'code' });
    const email = await t.call('PUT', `/v1/account-creations/${flow.id}/contact`, { channel: 'email', value: 'linh@example.org', confirmation: 'linh@example.org' });
    expect(email.json()).toMatchObject({ step: 'code' });
    expect(await t.app.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
    expect((await t.call('GET', '/sandbox/outbox?to=linh@example.org')).statusCode).toBe(404);
  });
});
