// Issue 17: every step of every journey is safe to retry after its answer was lost. The retry (the same request
// again, as the kiosk's "Réessayer" sends it) gets the answer the first call would have got, or a clear next step,
// never an error about its own first success. Faults 2 ("code expiré" for a code verified once) and 4 (429
// code.cooldown for "Envoyer le code" pressed again) are the first two tests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { julie, makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const creation = (id: string) => `/v1/account-creations/${id}`;
const julieContact = { channel: 'email', value: 'julie@example.fr', confirmation: 'julie@example.fr' };
const messagesTo = async (to: string) =>
  (await t.call('GET', `/sandbox/outbox?to=${encodeURIComponent(to)}`)).json<{ messages: Array<{ code: string }> }>().messages;

async function creationAtContact() {
  const id = (await t.call('POST', '/v1/account-creations', julie)).json<{ id: string }>().id;
  await t.call('PUT', `${creation(id)}/identity-document`, { kind: 'carte-identite', number: '880692310285' });
  return id;
}

describe('account creation retried after a lost answer', () => {
  const startKey = 'c3Vx8pQa1ZmT6wLr0NdY5b';
  const startWith = (body: Record<string, unknown>) => t.call('POST', '/v1/account-creations', body);

  it('the start sent again with its idempotency key answers the same flow, as it now stands (no orphan flow)', async () => {
    // Fails before migration 009 (the start took no key: 400, and without one every retry made another flow).
    const first = await startWith({ ...julie, idempotencyKey: startKey });
    const again = await startWith({ ...julie, idempotencyKey: startKey });
    expect([first.statusCode, again.statusCode], again.body).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    // The flow moved on (identity document) before a late retry: the retry answers where it stands.
    await t.call('PUT', `${creation(first.json().id)}/identity-document`, { kind: 'carte-identite', number: '880692310285' });
    const late = await startWith({ ...julie, idempotencyKey: startKey });
    expect(late.json()).toMatchObject({ id: first.json().id, step: 'contact' });
    // Without a key, with another key, or with the same key and another état civil, a start is a new flow.
    const ids = await Promise.all([
      startWith(julie), startWith({ ...julie, idempotencyKey: `${startKey}x` }),
      startWith({ ...julie, nomUsage: 'Martin', idempotencyKey: startKey }),
    ]);
    expect(ids.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set([first.json().id, ...ids.map((r) => r.json().id)]).size).toBe(4);
  });

  it('two starts at once with one key make one flow; once it has expired the key starts a new one', async () => {
    const answers = await Promise.all([0, 1, 2].map(() => startWith({ ...julie, idempotencyKey: startKey })));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    t.clock.advance(60 * 60_000 + 1);
    const late = await startWith({ ...julie, idempotencyKey: startKey });
    expect(late.statusCode).toBe(201);
    expect(late.json().id).not.toBe(answers[0]!.json().id);
  });

  it('a start with a malformed idempotency key is a 400, not a new flow', async () => {
    const bad = await startWith({ ...julie, idempotencyKey: 'short' });
    expect(bad.statusCode).toBe(400);
  });

  it('"Envoyer le code" again answers the code step, with the code already sent (no 429, no second code)', async () => {
    const id = await creationAtContact();
    const first = await t.call('PUT', `${creation(id)}/contact`, julieContact);
    const again = await t.call('PUT', `${creation(id)}/contact`, julieContact);
    expect(first.statusCode).toBe(200);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ step: 'code', code: first.json().code });
    expect(await messagesTo('julie@example.fr')).toHaveLength(1);
  });

  it('the same code verified again answers the password step, not "code expiré"', async () => {
    const id = await creationAtContact();
    await t.call('PUT', `${creation(id)}/contact`, julieContact);
    const code = await t.lastCode('julie@example.fr');
    const first = await t.call('POST', `${creation(id)}/code/verify`, { code });
    const again = await t.call('POST', `${creation(id)}/code/verify`, { code });
    expect(first.json().step).toBe('password');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().step).toBe('password');
    // Another code is still refused: a verified code does not open the door to guesses.
    const other = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await t.call('POST', `${creation(id)}/code/verify`, { code: other })).statusCode).toBe(410);
  });

  it('a contact changed after the code was sent still sends at once, and the same contact after the cooldown sends a new code', async () => {
    const id = await creationAtContact();
    await t.call('PUT', `${creation(id)}/contact`, julieContact);
    const changed = await t.call('PUT', `${creation(id)}/contact`, { channel: 'email', value: 'julie.d@example.fr', confirmation: 'julie.d@example.fr' });
    expect(changed.json()).toMatchObject({ step: 'code', code: { destination: 'julie.d@example.fr' } });
    expect(await messagesTo('julie.d@example.fr')).toHaveLength(1);
    t.clock.advance(31_000);
    expect((await t.call('PUT', `${creation(id)}/contact`, { channel: 'email', value: 'julie.d@example.fr', confirmation: 'julie.d@example.fr' })).statusCode).toBe(200);
    expect(await messagesTo('julie.d@example.fr')).toHaveLength(2);
  });

  it('the password and the completion retried answer as the first time', async () => {
    const id = await creationAtContact();
    await t.call('PUT', `${creation(id)}/contact`, julieContact);
    await t.call('POST', `${creation(id)}/code/verify`, { code: await t.lastCode('julie@example.fr') });
    const password = { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' };
    expect((await t.call('PUT', `${creation(id)}/password`, password)).json().step).toBe('summary');
    expect((await t.call('PUT', `${creation(id)}/password`, password)).json().step).toBe('summary');
    const done = await t.call('POST', `${creation(id)}/complete`);
    const again = await t.call('POST', `${creation(id)}/complete`);
    expect([done.statusCode, again.statusCode]).toEqual([200, 200]);
    expect(again.json()).toEqual(done.json());
  });
});

describe('password reset retried after a lost answer', () => {
  async function resetWithCode() {
    const start = await t.call('POST', '/v1/password-resets', { identifier: SEED.veronique.nir, channel: 'email' });
    return { id: start.json<{ id: string }>().id, code: await t.lastCode(SEED.veronique.email) };
  }

  const key = 'k7Qw2xZp9LmN4vBt8RcY1s';
  const start = (body: Record<string, unknown>) => t.call('POST', '/v1/password-resets', { channel: 'email', ...body });

  it('the start sent again with its idempotency key answers the same reset, with no second code', async () => {
    const first = await start({ identifier: SEED.veronique.nir, idempotencyKey: key });
    const again = await start({ identifier: SEED.veronique.nir, idempotencyKey: key });
    expect([first.statusCode, again.statusCode]).toEqual([202, 202]);
    expect(again.json()).toEqual(first.json());
    expect(await messagesTo(SEED.veronique.email)).toHaveLength(1);
    // The code of the first answer opens the reset the retry answered.
    const code = await t.lastCode(SEED.veronique.email);
    expect((await t.call('POST', `/v1/password-resets/${again.json().id}/code/verify`, { code })).statusCode).toBe(200);
    // Without a key (or with another one) each start is a new reset, as before.
    const other = await start({ identifier: SEED.veronique.nir, idempotencyKey: `${key}x` });
    expect(other.json().id).not.toBe(first.json().id);
  });

  it('an identifier with no account retried with its key answers the same too (no enumeration by the retry)', async () => {
    const first = await start({ identifier: '1901031555109', idempotencyKey: key });
    const again = await start({ identifier: '1901031555109', idempotencyKey: key });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(first.json());
  });

  it('a key is bound to its identifier and channel: the same key for another person starts her own reset', async () => {
    const veronique = await start({ identifier: SEED.veronique.nir, idempotencyKey: key });
    const lea = await start({ identifier: SEED.lea.nir, channel: 'sms', idempotencyKey: key });
    expect(lea.json().id).not.toBe(veronique.json().id);
    expect(await messagesTo(SEED.lea.mobile)).toHaveLength(1);
  });

  it('a retry once the reset has expired, or is done, starts a new one', async () => {
    const first = await start({ identifier: SEED.veronique.nir, idempotencyKey: key });
    t.clock.advance(20 * 60_000 + 1);
    const late = await start({ identifier: SEED.veronique.nir, idempotencyKey: key });
    expect(late.statusCode).toBe(202);
    expect(late.json().id).not.toBe(first.json().id);
    expect(await messagesTo(SEED.veronique.email)).toHaveLength(2);
  });

  it('two starts at once with one key make one reset and one code', async () => {
    const answers = await Promise.all([0, 1, 2].map(() => start({ identifier: SEED.veronique.nir, idempotencyKey: key })));
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await messagesTo(SEED.veronique.email)).toHaveLength(1);
  });

  it('the same code verified again is accepted again', async () => {
    const { id, code } = await resetWithCode();
    expect((await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code })).statusCode).toBe(200);
    const again = await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('the new password sent again says it is already saved (log in with it), not "no such reset"', async () => {
    const { id, code } = await resetWithCode();
    await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code });
    const password = { password: 'Fontaine2026Nice', confirmation: 'Fontaine2026Nice' };
    expect((await t.call('PUT', `/v1/password-resets/${id}/password`, password)).statusCode).toBe(204);
    const again = await t.call('PUT', `/v1/password-resets/${id}/password`, password);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().code).toBe('reset.done');
    expect(await t.login(SEED.veronique.nir, 'Fontaine2026Nice')).toBeTruthy();
  });
});

describe('password reset: where it stands (GET /v1/password-resets/:id, for « Réessayer »)', () => {
  const state = (id: string) => t.call('GET', `/v1/password-resets/${id}`);
  const start = (identifier: string) => t.call('POST', '/v1/password-resets', { identifier, channel: 'email' });

  it('follows the reset: code, then password once the code is verified, then done once the password is saved', async () => {
    const first = await start(SEED.veronique.nir);
    const id = first.json<{ id: string }>().id;
    expect((await state(id)).json()).toEqual({ ...first.json(), step: 'code' });
    await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code: await t.lastCode(SEED.veronique.email) });
    expect((await state(id)).json()).toMatchObject({ id, step: 'password' });
    const password = { password: 'Fontaine2026Nice', confirmation: 'Fontaine2026Nice' };
    expect((await t.call('PUT', `/v1/password-resets/${id}/password`, password)).statusCode).toBe(204);
    const done = await state(id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ id, step: 'done' });
    // Still « done » once the reset's 20 minutes are over, as the password's retry still answers reset.done.
    t.clock.advance(20 * 60_000 + 1);
    expect((await state(id)).json()).toMatchObject({ step: 'done' });
  });

  it('answers a reset whose identifier has no account exactly as one that has (no account-existence oracle)', async () => {
    const known = await start(SEED.veronique.nir);
    const unknown = await start('1901031555109');
    const [a, b] = [await state(known.json().id), await state(unknown.json().id)];
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const shape = (body: Record<string, unknown>) => ({ ...body, id: typeof body.id, expiresAt: typeof body.expiresAt, resendAvailableAt: typeof body.resendAvailableAt });
    expect(shape(b.json())).toEqual(shape(a.json()));
    expect(b.json()).toMatchObject({ step: 'code', resendAvailableAt: unknown.json().resendAvailableAt, expiresAt: unknown.json().expiresAt });
    // Where the code went is not told, to anyone.
    expect(a.body).not.toContain(SEED.veronique.email);
    expect(b.body).not.toContain('nowhere');
    // Wrong codes against the unknown one leave it at « code », as they would for a real one.
    await t.call('POST', `/v1/password-resets/${unknown.json().id}/code/verify`, { code: '123456' });
    expect((await state(unknown.json().id)).json()).toMatchObject({ step: 'code' });
  });

  it('is reached only by the reset\'s own id: an identifier, another id or an expired reset get the 404 of every reset route', async () => {
    const reset = await start(SEED.veronique.nir);
    const id = reset.json<{ id: string }>().id;
    for (const guess of [SEED.veronique.nir, `${id}x`, id.slice(0, -1), 'n-existe-pas']) {
      const res = await state(guess);
      expect(res.statusCode, guess).toBe(404);
      expect(res.json().code).toBe('flow.notFound');
    }
    t.clock.advance(20 * 60_000 + 1);
    expect((await state(id)).json().code).toBe('flow.notFound');
  });
});

describe('first login (migration) retried after a lost answer', () => {
  const contact = { channel: 'email', email: 'pierre.martin@example.fr' };
  async function migrationAtContact() {
    const token = await t.login(SEED.pierre.nir, SEED.pierre.password);
    await t.call('POST', '/v1/migration/cgu', { version: '2021-10' }, token);
    await t.call('PUT', '/v1/migration/password', { password: 'Strasbourg67Pm', confirmation: 'Strasbourg67Pm' }, token);
    return token;
  }

  it('"Envoyer le code" again answers the code step (no 429, no second code)', async () => {
    const token = await migrationAtContact();
    const first = await t.call('PUT', '/v1/migration/contact', contact, token);
    const again = await t.call('PUT', '/v1/migration/contact', contact, token);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().code).toEqual(first.json().code);
    expect(await messagesTo('pierre.martin@example.fr')).toHaveLength(1);
  });

  it('the code verified again says the account is ready (log in with the new password), not "session expired"', async () => {
    const token = await migrationAtContact();
    await t.call('PUT', '/v1/migration/contact', contact, token);
    const code = await t.lastCode('pierre.martin@example.fr');
    expect((await t.call('POST', '/v1/migration/code/verify', { code }, token)).statusCode).toBe(201);
    const again = await t.call('POST', '/v1/migration/code/verify', { code }, token);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().code).toBe('migration.done');
    expect((await t.call('POST', '/v1/sessions', { identifier: SEED.pierre.nir, password: 'Strasbourg67Pm' })).json().kind).toBe('full');
  });

  it('a migration session ended by logging out is still just "session ended"', async () => {
    const token = await migrationAtContact();
    await t.call('DELETE', '/v1/sessions/current', undefined, token);
    expect((await t.call('POST', '/v1/migration/code/verify', { code: '123456' }, token)).json().code).toBe('auth.required');
  });
});

describe('contact change retried after a lost answer', () => {
  const newMobile = { channel: 'sms', value: '06 98 76 54 32', confirmation: '0698765432' };

  it('"Envoyer le code" again answers the code already sent (no 429, no second code)', async () => {
    const token = await t.login(SEED.lea.nir, SEED.lea.password);
    const first = await t.call('PUT', '/v1/me/contact', newMobile, token);
    const again = await t.call('PUT', '/v1/me/contact', newMobile, token);
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json()).toEqual(first.json());
    expect(await messagesTo('+33698765432')).toHaveLength(1);
  });

  it('the same code verified again answers the changed contact', async () => {
    const token = await t.login(SEED.lea.nir, SEED.lea.password);
    await t.call('PUT', '/v1/me/contact', newMobile, token);
    const code = await t.lastCode('+33698765432');
    const first = await t.call('POST', '/v1/me/contact/code/verify', { code }, token);
    const again = await t.call('POST', '/v1/me/contact/code/verify', { code }, token);
    expect(first.statusCode).toBe(200);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
  });
});
