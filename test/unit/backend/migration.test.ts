import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, SEED, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const { pierre } = SEED;

describe('first login of a migrated allocataire (« Comment je fais pour me connecter … sur mon mobile ? »)', () => {
  it('gives a restricted session that reaches only the migration steps', async () => {
    const login = await t.call('POST', '/v1/sessions', { identifier: pierre.nir, password: pierre.password });
    expect(login.statusCode).toBe(201);
    expect(login.json().kind).toBe('migration');
    const token = login.json().token;
    for (const url of ['/v1/me', '/v1/me/dashboard', '/v1/household']) {
      const res = await t.call('GET', url, undefined, token);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('auth.migrationRequired');
    }
    expect((await t.call('GET', '/v1/migration', undefined, token)).json()).toEqual({
      cguVersion: '2021-10', cguAccepted: false, passwordChanged: false, code: null, contactVerified: false,
    });
  });

  it('goes through CGU, new password, contact and code, then gives a full session and revokes the restricted one', async () => {
    const token = await t.login(pierre.nir, pierre.password);
    expect((await t.call('POST', '/v1/migration/cgu', { version: '2019-05' }, token)).json().code).toBe('cgu.version');
    expect((await t.call('POST', '/v1/migration/cgu', { version: '2021-10' }, token)).json().cguAccepted).toBe(true);
    expect((await t.call('PUT', '/v1/migration/password', { password: '12345678', confirmation: '12345678' }, token)).json().code).toBe('password.rules');
    expect((await t.call('PUT', '/v1/migration/password', { password: 'Strasbourg67Pm', confirmation: 'Strasbourg67Pm' }, token)).json().passwordChanged).toBe(true);
    const contact = await t.call('PUT', '/v1/migration/contact', { channel: 'email', email: 'pierre.martin@example.fr', autreTelephone: '03 88 00 00 00', mobile: '' }, token);
    expect(contact.json().code).toMatchObject({ channel: 'email', destination: 'pierre.martin@example.fr', attemptsLeft: 5 });
    const code = await t.lastCode('pierre.martin@example.fr');
    const done = await t.call('POST', '/v1/migration/code/verify', { code }, token);
    expect(done.statusCode).toBe(201);
    expect(done.json().kind).toBe('full');
    // The restricted session is over; it says why (the first login is done) to a step retried with it.
    expect((await t.call('GET', '/v1/migration', undefined, token)).json()).toMatchObject({ code: 'migration.done' });
    expect((await t.call('GET', '/v1/me', undefined, token)).statusCode).toBe(401);
    const me = await t.call('GET', '/v1/me', undefined, done.json().token);
    expect(me.json()).toMatchObject({ displayName: 'PIERRE M.', contact: { email: 'pierre.martin@example.fr', autreTelephone: '0388000000' } });
    // The old 8-digit password is gone; the new one gives a full session straight away.
    expect((await t.call('POST', '/v1/sessions', { identifier: pierre.nir, password: pierre.password })).statusCode).toBe(401);
    expect((await t.call('POST', '/v1/sessions', { identifier: pierre.nir, password: 'Strasbourg67Pm' })).json().kind).toBe('full');
  });

  it('does not finish before the CGU and the password', async () => {
    const token = await t.login(pierre.nir, pierre.password);
    await t.call('PUT', '/v1/migration/contact', { channel: 'sms', mobile: '06 11 22 33 44' }, token);
    const code = await t.lastCode('+33611223344');
    const res = await t.call('POST', '/v1/migration/code/verify', { code }, token);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('migration.incomplete');
  });

  it('asks for the contact of the chosen channel', async () => {
    const token = await t.login(pierre.nir, pierre.password);
    const res = await t.call('PUT', '/v1/migration/contact', { channel: 'sms', email: 'p@example.fr' }, token);
    expect(res.json()).toMatchObject({ code: 'mobile.required', field: 'mobile' });
    const phone = await t.call('PUT', '/v1/migration/contact', { channel: 'email', email: 'p@example.fr', autreTelephone: '12' }, token);
    expect(phone.json()).toMatchObject({ code: 'autreTelephone.format', field: 'autreTelephone' });
  });

  it('refuses the migration routes to a full session', async () => {
    const token = await t.login(SEED.veronique.nir, SEED.veronique.password);
    const res = await t.call('GET', '/v1/migration', undefined, token);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('auth.notMigration');
  });
});
