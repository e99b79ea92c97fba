// Attacks (issue 16) by repetition: bombing a person with password-reset messages, guessing codes by starting reset
// after reset, and bursts of concurrent guesses. The bombing tests failed on the code before the fix (every reset sent
// a message; resends were limited by the cooldown only); the concurrency tests guard limits that already held.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESET_SENDS_PER_HOUR } from '../../../../backend/src/services/password-reset';
import { makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const { veronique } = SEED;
const outbox = async (to: string) =>
  (await t.call('GET', `/sandbox/outbox?to=${encodeURIComponent(to)}`)).json<{ messages: unknown[] }>().messages.length;

describe('attack: SMS and e-mail bombing through "Mot de passe oublié ?"', () => {
  it('sends a person at most a few codes an hour, whatever the number of resets asked, with the same answer', async () => {
    const answers = [];
    for (let i = 0; i < 10; i += 1) answers.push(await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' }));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(202));
    expect(new Set(answers.map((a) => Object.keys(a.json()).sort().join()))).toEqual(new Set(['channel,expiresAt,id,resendAvailableAt']));
    expect(await outbox(veronique.email)).toBe(RESET_SENDS_PER_HOUR);
    t.clock.advance(60 * 60_000);
    await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' });
    expect(await outbox(veronique.email)).toBe(RESET_SENDS_PER_HOUR + 1);
  });

  it('resends a reset\'s code once, then answers as to a resend asked too soon', async () => {
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).json<{ id: string }>();
    t.clock.advance(31_000);
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`)).statusCode).toBe(202);
    t.clock.advance(31_000);
    const again = await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`);
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('code.cooldown');
    expect(await outbox(veronique.email)).toBe(2);
  });

  it('keeps the one resend of a reset when the reset straddles a 20-minute boundary of the clock', async () => {
    // The resend count lived in windows of 20 minutes from the epoch: a reset started just before a boundary got a
    // fresh count after it, so two resends (the test above failed whenever the wall clock crossed one).
    const window = 20 * 60_000;
    t.clock.advance((window - (t.clock.now() % window) - 40_000 + window) % window); // 40 s before a boundary
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).json<{ id: string }>();
    t.clock.advance(31_000);
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`)).statusCode).toBe(202);
    t.clock.advance(31_000);
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`)).json().code).toBe('code.cooldown');
  });

  it('gives a code over the limit that can never succeed (sent nowhere), not one more to guess', async () => {
    for (let i = 0; i < RESET_SENDS_PER_HOUR; i += 1) await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' });
    const codes = new Set((await t.app.db.selectFrom('outbox').select('code').execute()).map((m) => m.code));
    const late = (await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).json<{ id: string }>();
    for (const code of codes) {
      const res = await t.call('POST', `/v1/password-resets/${late.id}/code/verify`, { code });
      expect(res.json().code).toMatch(/^code\.(invalid|tooManyAttempts)$/);
    }
  });
});

describe('attack: bursts of concurrent guesses', () => {
  it('evaluates at most 5 of 30 parallel wrong codes for one reset, then refuses even the right one', async () => {
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).json<{ id: string }>();
    const code = await t.lastCode(veronique.email);
    const wrong = code === '000000' ? '111111' : '000000';
    const answers = await Promise.all(Array.from({ length: 30 }, () => t.call('POST', `/v1/password-resets/${reset.id}/code/verify`, { code: wrong })));
    const codes = answers.map((a) => a.json<{ code: string }>().code);
    expect(codes.filter((c) => c === 'code.invalid').length).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c !== 'code.invalid' && c !== 'code.tooManyAttempts')).toEqual([]);
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/verify`, { code })).json().code).toBe('code.tooManyAttempts');
  });

  it('evaluates only a few of 30 parallel wrong passwords for one identifier (the lockout holds under a burst)', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => t.call('POST', '/v1/sessions', { identifier: veronique.nir, password: 'Mauvais2021x' })));
    const codes = answers.map((a) => a.json<{ code: string }>().code);
    expect(codes.filter((c) => c !== 'auth.invalidCredentials' && c !== 'auth.locked')).toEqual([]);
    expect(codes.filter((c) => c === 'auth.invalidCredentials').length).toBeLessThanOrEqual(5);
  });
});

describe('attack: guessing against a code already verified', () => {
  async function verifiedReset() {
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).json<{ id: string }>();
    const code = await t.lastCode(veronique.email);
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/verify`, { code })).statusCode).toBe(200);
    const wrong = (n: number) => String((Number(code) + n) % 1_000_000).padStart(6, '0');
    return { id: reset.id, code, wrong };
  }

  it('counts wrong codes against a verified code too: after 5, even the right one is refused', async () => {
    // A verified code answered "expired" to any other code without counting it, and "ok" to the right one: an
    // unlimited oracle for whoever holds the flow's id.
    const { id, code, wrong } = await verifiedReset();
    const answers = [];
    for (let n = 1; n <= 6; n += 1) answers.push((await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code: wrong(n) })).json().code);
    expect(answers.slice(0, 4)).toEqual(Array(4).fill('code.expired'));
    expect(answers.slice(4)).toEqual(['code.tooManyAttempts', 'code.tooManyAttempts']);
    expect((await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code })).json().code).toBe('code.tooManyAttempts');
  });

  it('no longer accepts the code verified once after it expired (the retry of a lost answer is for its 10 minutes)', async () => {
    const { id, code } = await verifiedReset();
    t.clock.advance(10 * 60_000 + 1_000); // the reset itself lives 20 minutes
    const late = await t.call('POST', `/v1/password-resets/${id}/code/verify`, { code });
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('code.expired');
  });
});
