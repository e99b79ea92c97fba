import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, SEED, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const { veronique, lea } = SEED;
const shape = (body: Record<string, unknown>) => Object.keys(body).sort();

describe('forgotten password (« Me connecter à Mon Compte »)', () => {
  it('answers the same whether the identifier exists, has that channel, or not', async () => {
    const known = await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' });
    const noSuchChannel = await t.call('POST', '/v1/password-resets', { identifier: veronique.nir.slice(0, 13), channel: 'email' });
    const unknown = await t.call('POST', '/v1/password-resets', { identifier: '1901031555109', channel: 'email' });
    const leaEmail = await t.call('POST', '/v1/password-resets', { identifier: lea.nir, channel: 'email' }); // Léa has no e-mail
    for (const res of [known, noSuchChannel, unknown, leaEmail]) {
      expect(res.statusCode).toBe(202);
      expect(shape(res.json())).toEqual(['channel', 'expiresAt', 'id', 'resendAvailableAt']);
    }
    expect(unknown.json().expiresAt).toBe(known.json().expiresAt);
    // An id that leads nowhere behaves like a real one: wrong codes, then too many.
    const answers = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push((await t.call('POST', `/v1/password-resets/${unknown.json().id}/code/verify`, { code: '123456' })).json().code);
    }
    expect(answers).toEqual(['code.invalid', 'code.invalid', 'code.invalid', 'code.invalid', 'code.tooManyAttempts']);
  });

  it('does the same database work whether the identifier has an account or not (the same timing)', async () => {
    // Every statement an answer runs, by SQL text (the values differ): the timing of an answer is its work, and the
    // bench test/bench/reset-timing.ts measures it. Before the fix, a code sent nowhere skipped the outbox's writes.
    const executor = t.app.db.getExecutor();
    let proto = Object.getPrototypeOf(executor) as { executeQuery: (q: { sql: string }, ...rest: unknown[]) => unknown };
    while (!Object.prototype.hasOwnProperty.call(proto, 'executeQuery')) proto = Object.getPrototypeOf(proto);
    const original = proto.executeQuery;
    let recorded: string[] = [];
    proto.executeQuery = function (this: unknown, query, ...rest) {
      recorded.push(query.sql);
      return original.call(this, query, ...rest);
    };
    const notifier = t.app.services.notifier;
    const drainSoon = notifier.drainSoon;
    notifier.drainSoon = () => undefined; // the sender runs after the answer, not in it
    try {
      const statementsOf = async (identifier: string) => {
        recorded = [];
        expect((await t.call('POST', '/v1/password-resets', { identifier, channel: 'email' })).statusCode).toBe(202);
        return recorded;
      };
      const known = await statementsOf(veronique.nir);
      const unknown = await statementsOf('1901031555109');
      expect(known.some((q) => /insert into "outbox"/.test(q))).toBe(true);
      // One statement more, and only that: the decoy message's row deleted again before its transaction commits.
      expect(unknown.filter((q) => !/^delete from "outbox"/.test(q))).toEqual(known);
      expect(unknown.length - known.length).toBe(1);
      expect(await t.app.db.selectFrom('outbox').select('to').where('to', '=', 'nowhere').execute()).toEqual([]);
    } finally {
      proto.executeQuery = original;
      notifier.drainSoon = drainSoon;
    }
  });

  it('sends at most 3 codes in any hour for one identifier, across a boundary of the clock too (a sliding window)', async () => {
    // The count lived in fixed hours from the epoch: 3 just before a boundary and 3 just after reached the person
    // within two minutes.
    const HOUR = 60 * 60_000;
    t.clock.advance(HOUR - (t.clock.now() % HOUR) - 60_000); // one minute before an hour boundary
    const sent = async () => (await t.call('GET', `/sandbox/outbox?to=${encodeURIComponent(veronique.email)}`)).json().messages.length;
    const starts = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        expect((await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).statusCode).toBe(202);
      }
    };
    await starts(3);
    expect(await sent()).toBe(3);
    t.clock.advance(2 * 60_000); // one minute after the boundary
    await starts(3);
    expect(await sent()).toBe(3);
    t.clock.advance(HOUR - 2 * 60_000 - 1_000); // the first three are still within the hour
    await starts(1);
    expect(await sent()).toBe(3);
    t.clock.advance(2_000); // now they are an hour old: three more may go, and no fourth
    await starts(4);
    expect(await sent()).toBe(6);
  });

  it('sends a code to the registered contact, sets the new password and revokes every session', async () => {
    const before = await t.login(veronique.nir, veronique.password);
    const other = await t.login(veronique.nir, veronique.password);
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: veronique.nir, channel: 'email' })).json();
    const code = await t.lastCode(veronique.email);
    const early = await t.call('PUT', `/v1/password-resets/${reset.id}/password`, { password: 'Nouveau2026Mdp', confirmation: 'Nouveau2026Mdp' });
    expect(early.json().code).toBe('flow.step');
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/verify`, { code })).json()).toEqual({ verified: true });
    const set = await t.call('PUT', `/v1/password-resets/${reset.id}/password`, { password: 'Nouveau2026Mdp', confirmation: 'Nouveau2026Mdp' });
    expect(set.statusCode).toBe(204);
    for (const token of [before, other]) expect((await t.call('GET', '/v1/me', undefined, token)).statusCode).toBe(401);
    expect((await t.call('POST', '/v1/sessions', { identifier: veronique.nir, password: veronique.password })).statusCode).toBe(401);
    expect(await t.login(veronique.nir, 'Nouveau2026Mdp')).toBeTruthy();
    // The reset is used up: another password is refused, with the next step (log in) rather than "no such reset".
    const again = await t.call('PUT', `/v1/password-resets/${reset.id}/password`, { password: 'Autre2026Mdp', confirmation: 'Autre2026Mdp' });
    expect(again.json().code).toBe('reset.done');
    expect((await t.call('POST', '/v1/sessions', { identifier: veronique.nir, password: 'Autre2026Mdp' })).statusCode).toBe(401);
  });

  it('applies the password rules and the common-password list', async () => {
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: lea.nir, channel: 'sms' })).json();
    const code = await t.lastCode(lea.mobile);
    await t.call('POST', `/v1/password-resets/${reset.id}/code/verify`, { code });
    const common = await t.call('PUT', `/v1/password-resets/${reset.id}/password`, { password: 'Motdepasse1', confirmation: 'Motdepasse1' });
    expect(common.json()).toMatchObject({ code: 'password.common', field: 'password' });
  });

  it('expires after 20 minutes', async () => {
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: lea.nir, channel: 'sms' })).json();
    t.clock.advance(20 * 60_000 + 1);
    const res = await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('flow.notFound');
  });

  it('resends after the cooldown only', async () => {
    const reset = (await t.call('POST', '/v1/password-resets', { identifier: lea.nir, channel: 'sms' })).json();
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`)).json().code).toBe('code.cooldown');
    t.clock.advance(30_001);
    expect((await t.call('POST', `/v1/password-resets/${reset.id}/code/resend`)).statusCode).toBe(202);
    const messages = (await t.call('GET', `/sandbox/outbox?to=${encodeURIComponent(lea.mobile)}`)).json().messages;
    expect(messages).toHaveLength(2);
    expect(Date.parse(messages[0].sentAt)).toBeGreaterThan(Date.parse(messages[1].sentAt));
  });
});
