import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { julie, makeApp, SEED, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const MINUTE = 60_000;
const start = async (body: unknown = julie) => {
  const res = await t.call('POST', '/v1/account-creations', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; step: string; identityDocumentRequired: boolean }>();
};
const base = (id: string) => `/v1/account-creations/${id}`;

/** Runs the flow up to the verified code. */
async function upToPassword(body: unknown = julie, document: unknown = { kind: 'carte-identite', number: '880692310285' }) {
  const flow = await start(body);
  if (flow.identityDocumentRequired) expect((await t.call('PUT', `${base(flow.id)}/identity-document`, document)).statusCode).toBe(200);
  const contact = await t.call('PUT', `${base(flow.id)}/contact`, { channel: 'email', value: 'julie@example.fr', confirmation: 'julie@example.fr' });
  expect(contact.json().step).toBe('code');
  const code = await t.lastCode('julie@example.fr');
  expect((await t.call('POST', `${base(flow.id)}/code/verify`, { code })).json().step).toBe('password');
  return flow.id;
}

describe('account creation (J1)', () => {
  it('creates the account of a non-allocataire with a registered CNI, who then logs in with the NIR', async () => {
    const flow = await start();
    expect(flow.step).toBe('identity-document');
    const id = await upToPassword();
    void flow;
    const pw = await t.call('PUT', `${base(id)}/password`, { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' });
    expect(pw.json().step).toBe('summary');
    const done = await t.call('POST', `${base(id)}/complete`);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      identifier: '2800106088108',
      identifierKind: 'nir',
      etatCivil: { nomNaissance: 'DUPONT', prenoms: 'JULIE', dateNaissance: '01/01/1980' },
      contact: { channel: 'email', value: 'julie@example.fr' },
    });
    expect(await t.login('2800106088108', 'Soleil2026Nice')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('never makes two accounts when completion is called twice, even at once', async () => {
    const id = await upToPassword();
    await t.call('PUT', `${base(id)}/password`, { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' });
    const [a, b] = await Promise.all([t.call('POST', `${base(id)}/complete`), t.call('POST', `${base(id)}/complete`)]);
    const c = await t.call('POST', `${base(id)}/complete`);
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([200, 200, 200]);
    expect(new Set([a.json().identifier, b.json().identifier, c.json().identifier]).size).toBe(1);
    const count = await t.app.db.selectFrom('accounts').select((eb) => eb.fn.countAll().as('n')).where('identifier', '=', '2800106088108').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('asks no identity document of a member of an allocataire household', async () => {
    const flow = await start({ ...julie, nir: '2090233063110', nomNaissance: 'Benali', prenoms: 'Ines', dateNaissance: '08/02/2009', lieuNaissance: { kind: 'france', departement: '33', commune: '33063' } });
    expect(flow.identityDocumentRequired).toBe(false);
    expect(flow.step).toBe('contact');
    const doc = await t.call('PUT', `${base(flow.id)}/identity-document`, { kind: 'aucune' });
    expect(doc.json().code).toBe('flow.step');
  });

  it('gives a provisional identifier to a person without NIR, checked by their titre de séjour', async () => {
    const amina = { hasNir: false, civilite: 'MADAME', nomNaissance: 'Diallo', prenoms: 'Amina', dateNaissance: '04/04/1992', lieuNaissance: { kind: 'etranger', pays: '99341' } };
    const id = await upToPassword(amina, { kind: 'titre-sejour', number: '1234567890' });
    await t.call('PUT', `${base(id)}/password`, { password: 'Baobab2026Dakar', confirmation: 'Baobab2026Dakar' });
    const done = (await t.call('POST', `${base(id)}/complete`)).json();
    expect(done.identifierKind).toBe('provisional');
    expect(done.identifier).toMatch(/^9\d{12}$/);
    expect(await t.login(done.identifier, 'Baobab2026Dakar')).toBeTruthy();
  });

  it('accepts "no French document" and flags the account', async () => {
    const id = await upToPassword(julie, { kind: 'aucune' });
    expect((await t.call('GET', base(id))).json().identityDocument).toEqual({ kind: 'aucune', flagged: true });
    await t.call('PUT', `${base(id)}/password`, { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' });
    await t.call('POST', `${base(id)}/complete`);
    const account = await t.app.db.selectFrom('accounts').select('documentFlagged').where('identifier', '=', julie.nir).executeTakeFirstOrThrow();
    expect(account.documentFlagged).toBe(1);
  });

  it('refuses a document number the registry does not know for this person', async () => {
    const flow = await start();
    const res = await t.call('PUT', `${base(flow.id)}/identity-document`, { kind: 'passeport', number: '18AB12345' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'identityDocument.unknown', field: 'number' });
    const format = await t.call('PUT', `${base(flow.id)}/identity-document`, { kind: 'passeport', number: 'ABC' });
    expect(format.json()).toMatchObject({ code: 'identityDocument.format', field: 'number' });
  });

  it('gives a NIR that already has an account the one answer of an état civil that opens no creation', async () => {
    const res = await t.call('POST', '/v1/account-creations', {
      ...julie, nir: SEED.veronique.nir, nomNaissance: 'Fontaine', prenoms: 'Veronique', dateNaissance: '12/05/1978',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ code: 'etatCivil.unrecognised', message: expect.any(String) });
  });

  it('checks the NIR key and its agreement with the état civil, naming the field', async () => {
    const key = await t.call('POST', '/v1/account-creations', { ...julie, nir: '280010608810899' });
    expect(key.json()).toMatchObject({ code: 'nir.key', field: 'nir' });
    const sex = await t.call('POST', '/v1/account-creations', { ...julie, civilite: 'MONSIEUR' });
    expect(sex.json()).toMatchObject({ code: 'nir.inconsistent', field: 'civilite' });
    const future = await t.call('POST', '/v1/account-creations', { ...julie, hasNir: false, dateNaissance: '01/01/2099' });
    expect(future.json()).toMatchObject({ code: 'birthDate.future', field: 'dateNaissance' });
  });

  it('refuses steps out of order', async () => {
    const flow = await start();
    const contact = await t.call('PUT', `${base(flow.id)}/contact`, { channel: 'email', value: 'a@example.fr', confirmation: 'a@example.fr' });
    expect(contact.json().code).toBe('flow.step');
    await t.call('PUT', `${base(flow.id)}/identity-document`, { kind: 'aucune' });
    const pw = await t.call('PUT', `${base(flow.id)}/password`, { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' });
    expect(pw.json().code).toBe('flow.step');
    const complete = await t.call('POST', `${base(flow.id)}/complete`);
    expect(complete.statusCode).toBe(409);
  });

  it('checks the contact confirmation, the password rules and common passwords', async () => {
    const flow = await start();
    await t.call('PUT', `${base(flow.id)}/identity-document`, { kind: 'aucune' });
    const mismatch = await t.call('PUT', `${base(flow.id)}/contact`, { channel: 'email', value: 'a@example.fr', confirmation: 'b@example.fr' });
    expect(mismatch.json()).toMatchObject({ code: 'confirmation.mismatch', field: 'confirmation' });
    const fixed = await t.call('PUT', `${base(flow.id)}/contact`, { channel: 'sms', value: '01 23 45 67 89', confirmation: '01 23 45 67 89' });
    expect(fixed.json()).toMatchObject({ code: 'mobile.notMobile', field: 'value' });
    const id = await upToPassword();
    expect((await t.call('PUT', `${base(id)}/password`, { password: 'short1A', confirmation: 'short1A' })).json().code).toBe('password.rules');
    expect((await t.call('PUT', `${base(id)}/password`, { password: 'Azerty123', confirmation: 'Azerty123' })).json().code).toBe('password.common');
    expect((await t.call('PUT', `${base(id)}/password`, { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nic' })).json().code).toBe('confirmation.mismatch');
  });

  it('forgets a flow after its expiry', async () => {
    const flow = await start();
    t.clock.advance(61 * MINUTE);
    const res = await t.call('GET', base(flow.id));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('flow.notFound');
  });
});

describe('verification codes', () => {
  async function atCode() {
    const flow = await start();
    await t.call('PUT', `${base(flow.id)}/identity-document`, { kind: 'aucune' });
    await t.call('PUT', `${base(flow.id)}/contact`, { channel: 'sms', value: '06 12 34 56 78', confirmation: '0612345678' });
    return flow.id;
  }

  it('sends 6 digits, stored only as a hash', async () => {
    const id = await atCode();
    const code = await t.lastCode('+33612345678');
    expect(code).toMatch(/^\d{6}$/);
    const row = await t.app.db.selectFrom('verificationCodes').selectAll().where('subjectId', '=', id).executeTakeFirstOrThrow();
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('expires after 10 minutes', async () => {
    const id = await atCode();
    const code = await t.lastCode('+33612345678');
    t.clock.advance(10 * MINUTE + 1);
    const res = await t.call('POST', `${base(id)}/code/verify`, { code });
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('code.expired');
  });

  it('allows at most 5 wrong tries, then not even the right code', async () => {
    const id = await atCode();
    const code = await t.lastCode('+33612345678');
    const wrong = code === '000000' ? '111111' : '000000';
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push((await t.call('POST', `${base(id)}/code/verify`, { code: wrong })).json().code);
    expect(answers).toEqual(['code.invalid', 'code.invalid', 'code.invalid', 'code.invalid', 'code.tooManyAttempts']);
    expect((await t.call('POST', `${base(id)}/code/verify`, { code })).json().code).toBe('code.tooManyAttempts');
  });

  it('keeps one live code: a resend kills the previous one, after a cooldown', async () => {
    const id = await atCode();
    const first = await t.lastCode('+33612345678');
    const early = await t.call('POST', `${base(id)}/code/resend`);
    expect(early.statusCode).toBe(429);
    expect(early.json().code).toBe('code.cooldown');
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(31_000);
    expect((await t.call('POST', `${base(id)}/code/resend`)).statusCode).toBe(200);
    const second = await t.lastCode('+33612345678');
    if (first !== second) {
      expect((await t.call('POST', `${base(id)}/code/verify`, { code: first })).json().code).toBe('code.invalid');
    }
    expect((await t.call('POST', `${base(id)}/code/verify`, { code: second })).json().contactVerified).toBe(true);
  });

  it('sends the code to the new contact at once when the contact changes', async () => {
    const id = await atCode();
    const res = await t.call('PUT', `${base(id)}/contact`, { channel: 'email', value: 'new@example.fr', confirmation: 'new@example.fr' });
    expect(res.json().contact).toEqual({ channel: 'email', value: 'new@example.fr' });
    const code = await t.lastCode('new@example.fr');
    expect((await t.call('POST', `${base(id)}/code/verify`, { code })).json().step).toBe('password');
  });
});
