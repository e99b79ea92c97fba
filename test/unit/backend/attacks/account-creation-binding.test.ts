// Attack (issue 16, first way in): an account bound to a registry person on her NIR and birth surname alone. With
// INES BENALI's NIR and "BENALI", a wrong prénom or a wrong day of birth went through the whole creation flow with the
// attacker's e-mail, and GET /v1/me answered "INES B.". Each test here failed on the code before the fix
// (registryPerson compared nomNaissance only; account.exists told that a NIR had an account).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const bordeaux = { kind: 'france', departement: '33', commune: '33063' };
const ines = {
  hasNir: true, nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'Benali', prenoms: 'Ines',
  dateNaissance: '08/02/2009', lieuNaissance: bordeaux,
};
const base = (id: string) => `/v1/account-creations/${id}`;

/** The attacker's whole flow with her own e-mail; returns the last answer (the completion, or the first refusal). */
async function attackerFlow(etatCivil: unknown) {
  const start = await t.call('POST', '/v1/account-creations', etatCivil);
  if (start.statusCode !== 201) return start;
  const { id, step } = start.json<{ id: string; step: string }>();
  if (step === 'identity-document') await t.call('PUT', `${base(id)}/identity-document`, { kind: 'aucune' });
  const email = 'attaquant@example.org';
  await t.call('PUT', `${base(id)}/contact`, { channel: 'email', value: email, confirmation: email });
  await t.call('POST', `${base(id)}/code/verify`, { code: await t.lastCode(email) });
  await t.call('PUT', `${base(id)}/password`, { password: 'Attaque2026Xy', confirmation: 'Attaque2026Xy' });
  return t.call('POST', `${base(id)}/complete`);
}

describe('attack: an account bound to a registry person on part of her état civil', () => {
  it.each([
    ['a wrong prénom', { prenoms: 'Fatima' }],
    ['a wrong day of birth', { dateNaissance: '09/02/2009' }],
    ['a wrong nom de naissance', { nomNaissance: 'Benalli' }],
    ['a prénom too many', { prenoms: 'Ines Marie' }],
  ])('INES BENALI\'s NIR with %s opens no creation, and nobody logs in as her', async (_what, change) => {
    const last = await attackerFlow({ ...ines, ...change });
    expect(last.statusCode).toBe(422);
    expect(last.json()).toEqual({ code: 'etatCivil.unrecognised', message: expect.any(String) });
    expect(await t.app.db.selectFrom('accounts').select('id').where('personId', '=', 'p-ines').executeTakeFirst()).toBeUndefined();
    const login = await t.call('POST', '/v1/sessions', { identifier: ines.nir, password: 'Attaque2026Xy' });
    expect(login.statusCode).toBe(401);
  });

  it('still opens it on her whole état civil, typed with accents, other case and spaces (the domain\'s normalisation)', async () => {
    const start = await t.call('POST', '/v1/account-creations', { ...ines, nomNaissance: ' bénali ', prenoms: 'Inès' });
    expect(start.statusCode, start.body).toBe(201);
    expect(start.json()).toMatchObject({ step: 'contact', identityDocumentRequired: false });
  });

  it.each([
    ['another prénom', 'Juliette'],
    ['her own names but not her NIR', 'Julie'],
  ])('binds an identity document only to its holder on her whole état civil and NIR (JULIE\'s CNI, %s)', async (_what, prenoms) => {
    const julie = { hasNir: false, civilite: 'MADAME', nomNaissance: 'Dupont', prenoms, dateNaissance: '01/01/1980',
      lieuNaissance: { kind: 'france', departement: '06', commune: '06088' } };
    const start = await t.call('POST', '/v1/account-creations', julie);
    expect(start.statusCode, start.body).toBe(201);
    const doc = await t.call('PUT', `${base(start.json().id)}/identity-document`, { kind: 'carte-identite', number: '880692310285' });
    expect(doc.json()).toMatchObject({ code: 'identityDocument.unknown' });
  });
});

describe('attack: the creation flow as an oracle', () => {
  /** Everything the answer shows, but its random parts. */
  const shape = (res: { statusCode: number; body: string; headers: Record<string, unknown> }) =>
    ({ status: res.statusCode, body: res.body, type: res.headers['content-type'] });

  it('answers the same to any field that differs, to a NIR the registry does not know and to a NIR that has an account', async () => {
    const answers = await Promise.all([
      { ...ines, prenoms: 'Fatima' }, // in an allocataire household, no account
      { ...ines, dateNaissance: '09/02/2009' },
      { ...ines, nomNaissance: 'Durand' },
      { ...ines, nir: '2090233063999' }, // a NIR of nobody, consistent with the rest
      { ...ines, nir: '2800106088108', nomNaissance: 'Dupont', prenoms: 'Julia', dateNaissance: '01/01/1980', // no household
        lieuNaissance: { kind: 'france', departement: '06', commune: '06088' } },
      { ...ines, nir: SEED.veronique.nir, nomNaissance: 'Fontaine', prenoms: 'Veronique', dateNaissance: '12/05/1978', // her account exists
        lieuNaissance: { kind: 'france', departement: '06', commune: '06088' } },
      { ...ines, nir: SEED.veronique.nir, nomNaissance: 'Fontaine', prenoms: 'Veronica', dateNaissance: '12/05/1978',
        lieuNaissance: { kind: 'france', departement: '06', commune: '06088' } },
    ].map((body) => t.call('POST', '/v1/account-creations', body)));
    const shapes = answers.map(shape);
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0]).toMatchObject({ status: 422 });
    expect(JSON.parse(shapes[0]!.body)).not.toHaveProperty('field');
  });

  it('answers the same on a flow\'s later état civil (PUT), so a started flow is no oracle either', async () => {
    const flow = (await t.call('POST', '/v1/account-creations', ines)).json<{ id: string }>();
    const wrong = await t.call('PUT', `${base(flow.id)}/etat-civil`, { ...ines, prenoms: 'Fatima' });
    const nobody = await t.call('PUT', `${base(flow.id)}/etat-civil`, { ...ines, nir: '2090233063999' });
    expect([wrong.statusCode, nobody.statusCode]).toEqual([422, 422]);
    expect(wrong.body).toBe(nobody.body);
  });
});

describe('attack: trying état civils by the thousand', () => {
  it('limits account creation per client like the other routes that match a secret', async () => {
    const limited = await makeApp({ rateLimit: { max: 1000, sensitiveMax: 3, timeWindowMs: 60_000 } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i += 1) codes.push((await limited.call('POST', '/v1/account-creations', { ...ines, prenoms: `Essai${'a'.repeat(i)}` })).statusCode);
      expect(codes).toEqual([422, 422, 422, 429]);
    } finally {
      await limited.close();
    }
  });
});
