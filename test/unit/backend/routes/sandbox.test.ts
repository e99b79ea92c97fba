// The sandbox's clock control (POST /sandbox/clock): end-to-end tests move the running back end's time to reach
// code expiry, session expiry and the end of a lockout for real. Sandbox mode only; /sandbox/reset puts it back.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CLOCK_ADVANCE_SECONDS } from '../../../../shared/api/sandbox';
import { julie, makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const advance = (app: TestApp, body: unknown) => app.call('POST', '/sandbox/clock', body);
const ines = { ...julie, nir: '2090233063110', nomNaissance: 'Benali', prenoms: 'Ines', dateNaissance: '08/02/2009', lieuNaissance: { kind: 'france', departement: '33', commune: '33063' } };

/** An account creation of INES (no identity document asked) up to the code sent to `email`. */
async function flowWithCode(app: TestApp, email: string) {
  const flow = (await app.call('POST', '/v1/account-creations', ines)).json<{ id: string; step: string }>();
  expect(flow.step).toBe('contact');
  const contact = await app.call('PUT', `/v1/account-creations/${flow.id}/contact`, { channel: 'email', value: email, confirmation: email });
  expect(contact.json().step).toBe('code');
  return { id: flow.id, code: await app.lastCode(email) };
}

describe('POST /sandbox/clock', () => {
  it('does not exist outside sandbox mode', async () => {
    t = await makeApp({ sandbox: false });
    const res = await advance(t, { advanceSeconds: 60 });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('route.notFound');
  });

  it('refuses a missing, non-integer, zero, negative, too large or extra input with a field code', async () => {
    t = await makeApp();
    const cases: Array<[unknown, number, string]> = [
      [{}, 400, 'advanceSeconds.required'],
      [{ advanceSeconds: '60' }, 400, 'advanceSeconds.invalid'],
      [{ advanceSeconds: 1.5 }, 400, 'advanceSeconds.invalid'],
      [{ advanceSeconds: 0 }, 400, 'advanceSeconds.invalid'],
      [{ advanceSeconds: -600 }, 400, 'advanceSeconds.invalid'],
      [{ advanceSeconds: MAX_CLOCK_ADVANCE_SECONDS + 1 }, 400, 'advanceSeconds.invalid'],
      [{ advanceSeconds: 60, back: true }, 400, 'request.unknownField'],
      [[60], 400, 'request.invalid'],
    ];
    for (const [body, status, code] of cases) {
      const res = await advance(t, body);
      expect([res.statusCode, res.json().code], JSON.stringify(body)).toEqual([status, code]);
    }
    // Nothing moved.
    expect((await advance(t, { advanceSeconds: 1 })).json().offsetSeconds).toBe(1);
  });

  it('moves the clock forward and tells where it now stands; /sandbox/reset puts it back', async () => {
    t = await makeApp();
    const first = await advance(t, { advanceSeconds: 600 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ now: new Date(t.clock.now() + 600_000).toISOString(), offsetSeconds: 600 });
    expect((await advance(t, { advanceSeconds: MAX_CLOCK_ADVANCE_SECONDS })).json().offsetSeconds).toBe(600 + MAX_CLOCK_ADVANCE_SECONDS);
    expect((await t.call('POST', '/sandbox/reset')).statusCode).toBe(204);
    expect((await advance(t, { advanceSeconds: 1 })).json()).toEqual({ now: new Date(t.clock.now() + 1000).toISOString(), offsetSeconds: 1 });
  });

  it('makes a live verification code expire after its 10 minutes, not before', async () => {
    t = await makeApp();
    const early = await flowWithCode(t, 'ines.tot@example.fr');
    const late = await flowWithCode(t, 'ines.tard@example.fr');
    await advance(t, { advanceSeconds: 599 });
    const inTime = await t.call('POST', `/v1/account-creations/${early.id}/code/verify`, { code: early.code });
    expect(inTime.json().step).toBe('password');
    await advance(t, { advanceSeconds: 1 });
    const expired = await t.call('POST', `/v1/account-creations/${late.id}/code/verify`, { code: late.code });
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ code: 'code.expired', field: 'code' });
  });

  it('ends an idle session after 15 minutes and any session after 2 hours', async () => {
    t = await makeApp();
    const idle = await t.login(SEED.veronique.nir, SEED.veronique.password);
    await advance(t, { advanceSeconds: 14 * 60 });
    expect((await t.call('GET', '/v1/me', undefined, idle)).statusCode).toBe(200);
    await advance(t, { advanceSeconds: 15 * 60 });
    const after = await t.call('GET', '/v1/me', undefined, idle);
    expect([after.statusCode, after.json().code]).toEqual([401, 'auth.required']);

    const busy = await t.login(SEED.veronique.nir, SEED.veronique.password);
    for (let minutes = 10; minutes <= 120; minutes += 10) {
      await advance(t, { advanceSeconds: 10 * 60 });
      expect((await t.call('GET', '/v1/me', undefined, busy)).statusCode, `${minutes} min`).toBe(minutes < 120 ? 200 : 401);
    }
  });

  it('ends a lockout after its minute', async () => {
    t = await makeApp();
    for (let i = 0; i < 5; i += 1) await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: `Wrong${i}Pass2021` });
    const locked = await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password });
    expect([locked.statusCode, locked.json().code, locked.headers['retry-after']]).toEqual([429, 'auth.locked', '60']);
    await advance(t, { advanceSeconds: 59 });
    expect((await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password })).statusCode).toBe(429);
    await advance(t, { advanceSeconds: 1 });
    expect((await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password })).statusCode).toBe(201);
  });
});

describe('GET /sandbox/practice-identities (the workshop, issue 14)', () => {
  it('does not exist outside sandbox mode', async () => {
    t = await makeApp({ sandbox: false });
    const res = await t.call('GET', '/sandbox/practice-identities');
    expect([res.statusCode, res.json().code]).toEqual([404, 'route.notFound']);
  });

  it('gives four identities whose typing works on the sandbox: each journey goes where the card says', async () => {
    t = await makeApp();
    const res = await t.call('GET', '/sandbox/practice-identities');
    expect(res.statusCode).toBe(200);
    const identities = res.json<{ identities: Array<{ kind: string; name: string; toType: Array<{ field: string; value: string }> }> }>().identities;
    expect(identities.map((i) => [i.kind, i.name])).toEqual([
      ['allocataire', 'VERONIQUE FONTAINE'], ['migrated', 'PIERRE MARTIN'], ['conjoint', 'KARIM BENALI'], ['newcomer', 'AMINA DIALLO'],
    ]);
    /** What the card of `kind` says to type in `field` (a card without it fails the test). */
    const typed = (kind: string, field: string): string => {
      const value = identities.find((i) => i.kind === kind)?.toType.find((f) => f.field === field)?.value;
      if (value === undefined) throw new Error(`${kind} has no ${field} to type`);
      return value;
    };

    const login = async (identifier: string, password: string) => (await t!.call('POST', '/v1/sessions', { identifier, password })).json();
    expect((await login(typed('allocataire', 'nir'), typed('allocataire', 'password'))).kind).toBe('full');
    const conjoint = await login(typed('conjoint', 'nir'), typed('conjoint', 'password'));
    const me = (await t.call('GET', '/v1/me', undefined, conjoint.token)).json();
    expect([me.role, me.autorisationGestion]).toEqual(['conjoint', false]);
    expect(typed('migrated', 'allocataireNumber')).toBe('1122334');
    expect((await login(typed('migrated', 'nir'), typed('migrated', 'oldPassword'))).kind).toBe('migration');

    // The newcomer has no NIR: her état civil and titre de séjour open an account creation, up to the contact step.
    const newcomer = (field: string) => typed('newcomer', field);
    expect([newcomer('hasNir'), newcomer('paysNaissance')]).toEqual(['NON', 'SÉNÉGAL']);
    const flow = (await t.call('POST', '/v1/account-creations', {
      hasNir: false, civilite: newcomer('civilite'), nomNaissance: newcomer('nomNaissance'), prenoms: newcomer('prenoms'),
      dateNaissance: newcomer('dateNaissance'), lieuNaissance: { kind: 'etranger', pays: '99341' },
    })).json<{ id: string; step: string }>();
    expect(flow.step).toBe('identity-document');
    const doc = await t.call('PUT', `/v1/account-creations/${flow.id}/identity-document`, { kind: 'titre-sejour', number: newcomer('titreSejour') });
    expect([doc.statusCode, doc.json().step]).toEqual([200, 'contact']);
  });
});
