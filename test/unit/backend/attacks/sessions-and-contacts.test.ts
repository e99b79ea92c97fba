// Attacks (issue 16) on what a session or a flow id leaves behind. Each test failed on the code before the fix:
// finishing the first login revoked only its own session; a contact change said nothing to the old contact; a
// completed creation flow kept answering its NIR, état civil and contact to whoever held its id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { julie, makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

describe('attack: a session opened with the old password outlives the first login', () => {
  it('the password chosen at first login ends every other session of the account', async () => {
    const other = await t.login(SEED.pierre.nir, SEED.pierre.password); // someone else, elsewhere, with the old password
    const own = await t.login(SEED.pierre.nir, SEED.pierre.password);
    await t.call('POST', '/v1/migration/cgu', { version: '2021-10' }, own);
    await t.call('PUT', '/v1/migration/password', { password: 'Strasbourg1960', confirmation: 'Strasbourg1960' }, own);
    await t.call('PUT', '/v1/migration/contact', { channel: 'email', email: 'pierre.martin@example.fr' }, own);
    const done = await t.call('POST', '/v1/migration/code/verify', { code: await t.lastCode('pierre.martin@example.fr') }, own);
    expect(done.statusCode, done.body).toBe(201);
    expect((await t.call('GET', '/v1/sessions/current', undefined, other)).json()).toMatchObject({ code: 'auth.required' });
    expect((await t.call('GET', '/v1/me', undefined, done.json<{ token: string }>().token)).statusCode).toBe(200);
  });
});

describe('attack: a contact changed in silence', () => {
  it('tells the old contact that it was replaced', async () => {
    const token = await t.login(SEED.veronique.nir, SEED.veronique.password);
    await t.call('PUT', '/v1/me/contact', { channel: 'email', value: 'nouvelle@example.org', confirmation: 'nouvelle@example.org' }, token);
    const verify = await t.call('POST', '/v1/me/contact/code/verify', { code: await t.lastCode('nouvelle@example.org') }, token);
    expect(verify.statusCode, verify.body).toBe(200);
    const told = (await t.call('GET', `/sandbox/outbox?to=${SEED.veronique.email}`)).json<{ messages: Array<{ subject: string; body: string; code: null }> }>();
    expect(told.messages[0]).toMatchObject({ subject: 'Vos coordonnées de contact Mon Compte ont été modifiées', code: null });
    expect(told.messages[0]!.body).toContain('Si vous n’êtes pas à l’origine de ce changement');
  });
});

describe('attack: a completed creation flow read again by whoever holds its id', () => {
  it('answers neither its NIR nor its contact once completed (a retry of the completion only, for a minute)', async () => {
    const flow = (await t.call('POST', '/v1/account-creations', julie)).json<{ id: string }>();
    const base = `/v1/account-creations/${flow.id}`;
    await t.call('PUT', `${base}/identity-document`, { kind: 'carte-identite', number: '880692310285' });
    await t.call('PUT', `${base}/contact`, { channel: 'email', value: 'julie@example.fr', confirmation: 'julie@example.fr' });
    await t.call('POST', `${base}/code/verify`, { code: await t.lastCode('julie@example.fr') });
    await t.call('PUT', `${base}/password`, { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' });
    expect((await t.call('POST', `${base}/complete`)).statusCode).toBe(200);

    const read = await t.call('GET', base);
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain(julie.nir);
    expect((await t.call('POST', `${base}/complete`)).statusCode).toBe(200); // the kiosk's retry after a lost answer
    t.clock.advance(61_000);
    const late = await t.call('POST', `${base}/complete`);
    expect(late.statusCode).toBe(404);
    expect(late.body).not.toContain(julie.nir);
    expect(late.body).not.toContain('julie@example.fr');
  });
});
