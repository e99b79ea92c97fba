import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedBirthPlace } from '../../../backend/src/services/display';
import { makeApp, SEED, type TestApp } from './helpers';

let t: TestApp;
const tokens: Record<string, string | undefined> = {};
beforeAll(async () => {
  t = await makeApp();
  for (const name of ['veronique', 'marc', 'karim', 'lea', 'robert', 'samia'] as const) {
    tokens[name] = await t.login(SEED[name].nir, SEED[name].password);
  }
});
afterAll(() => t.close());

// Which role gets which answer on which route (status and error code, every route × every role) is the table of
// routes/authorization.test.ts; here, what the answers hold.
describe('the account space of each household and role (issue 7)', () => {
  it('shows each household its own data only', async () => {
    expect((await t.call('GET', '/v1/me/dashboard', undefined, tokens.veronique)).json().lastPayment).toEqual({
      date: '2021-05-25', amountCents: 5800, label: 'Aide personnalisée au logement', paidToThirdParty: true,
    });
    const benali = (await t.call('GET', '/v1/me/dashboard', undefined, tokens.samia)).json();
    expect(benali.lastPayment.amountCents).toBe(13_905);
    expect(JSON.stringify(benali)).not.toContain('fontaine');
  });

  it('gives each person their whole état civil and every contact, so they can see any error (« Depuis ce 9/10/2021, la connexion … est facilitée »)', async () => {
    expect((await t.call('GET', '/v1/me', undefined, tokens.veronique)).json()).toMatchObject({
      civilite: 'MADAME', nomNaissance: 'FONTAINE', prenoms: 'VERONIQUE', nomUsage: null, dateNaissance: '1978-05-12',
      lieuNaissance: { kind: 'france', departement: '06', commune: '06088', nom: 'Nice' },
      contact: { mobile: '+33612345601', email: 'veronique.fontaine@example.fr' },
    });
    expect((await t.call('GET', '/v1/me', undefined, tokens.karim)).json()).toMatchObject({
      civilite: 'MONSIEUR', dateNaissance: '1983-04-17', lieuNaissance: { kind: 'france', departement: '33', commune: '33063', nom: 'Bordeaux' },
    });
  });

  it('names a birth place abroad by its country, and keeps a code the reference data does not know', () => {
    expect(namedBirthPlace(JSON.stringify({ kind: 'etranger', pays: '99341' }))).toEqual({ kind: 'etranger', pays: '99341', nom: 'Sénégal' });
    expect(namedBirthPlace(JSON.stringify({ kind: 'france', departement: '06', commune: '06999' }))).toEqual({
      kind: 'france', departement: '06', commune: '06999', nom: null,
    });
  });

  it('tells each role what it may do', async () => {
    const rights = async (name: string) => (await t.call('GET', '/v1/me', undefined, tokens[name])).json().rights;
    expect(await rights('veronique')).toEqual(['self.read', 'self.contact', 'household.read', 'prestation.request', 'demarches.read', 'autorisation.manage', 'separation.declare']);
    expect(await rights('marc')).toEqual(['self.read', 'self.contact', 'household.read', 'prestation.request', 'demarches.read', 'separation.declare']);
    expect(await rights('karim')).toEqual(['self.read', 'self.contact', 'demarches.read', 'separation.declare']);
    expect(await rights('lea')).toEqual(['self.read', 'self.contact']);
    expect(await rights('robert')).toEqual(['self.read', 'self.contact']);
  });
});

describe('autorisation de gestion', () => {
  it('changes the conjoint\'s rights on their very next request, with the same token', async () => {
    const withdraw = await t.call('PUT', '/v1/household/members/p-marc/autorisation-gestion', { granted: false }, tokens.veronique);
    expect(withdraw.json()).toMatchObject({ id: 'p-marc', role: 'conjoint', autorisationGestion: false, hasAccount: true });
    expect((await t.call('GET', '/v1/me/dashboard', undefined, tokens.marc)).statusCode).toBe(403);
    await t.call('PUT', '/v1/household/members/p-marc/autorisation-gestion', { granted: true }, tokens.veronique);
    expect((await t.call('GET', '/v1/me/dashboard', undefined, tokens.marc)).statusCode).toBe(200);
  });

  it('can be held by the conjoint only', async () => {
    const res = await t.call('PUT', '/v1/household/members/p-lea/autorisation-gestion', { granted: true }, tokens.veronique);
    expect(res.statusCode).toBe(403);
    expect((await t.call('GET', '/v1/me/dashboard', undefined, tokens.lea)).statusCode).toBe(403);
  });
});

describe('separation and contact change', () => {
  it('records a separation with its date and author', async () => {
    const res = await t.call('POST', '/v1/me/separation', { date: '15/04/2021', staysInHome: false, newAddress: { line: '3 rue des Lilas', postalCode: '33000', city: 'Bordeaux' } }, tokens.karim);
    expect(res.statusCode).toBe(201);
    const row = await t.app.db.selectFrom('separations').selectAll().where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ personId: 'p-karim', householdId: 'h-benali', date: '2021-04-15', staysInHome: 0 });
    expect(JSON.parse(row.newAddress!)).toMatchObject({ city: 'BORDEAUX' });
  });

  it('checks the separation date and the new address', async () => {
    const future = await t.call('POST', '/v1/me/separation', { date: '01/01/2999', staysInHome: true }, tokens.karim);
    expect(future.json()).toMatchObject({ code: 'date.future', field: 'date' });
    const noAddress = await t.call('POST', '/v1/me/separation', { date: '01/01/2021', staysInHome: false }, tokens.karim);
    expect(noAddress.json()).toMatchObject({ code: 'newAddress.required', field: 'newAddress' });
    const badDay = await t.call('POST', '/v1/me/separation', { date: '31/02/2021', staysInHome: true }, tokens.karim);
    expect(badDay.json()).toMatchObject({ code: 'date.invalid' });
  });

  it('changes a contact only once the code sent to the new contact is verified', async () => {
    const challenge = await t.call('PUT', '/v1/me/contact', { channel: 'sms', value: '06 98 76 54 32', confirmation: '0698765432' }, tokens.lea);
    expect(challenge.json()).toMatchObject({ channel: 'sms', destination: '+33698765432', attemptsLeft: 5 });
    expect((await t.call('GET', '/v1/me', undefined, tokens.lea)).json().contact.mobile).toBe(SEED.lea.mobile);
    const code = await t.lastCode('+33698765432');
    const me = await t.call('POST', '/v1/me/contact/code/verify', { code }, tokens.lea);
    expect(me.statusCode).toBe(200);
    expect(me.json().contact.mobile).toBe('+33698765432');
  });

  it('tells the pending change\'s attempts left as they fall, and that there is none once it is done', async () => {
    const code = (token = tokens.robert) => t.call('GET', '/v1/me/contact/code', undefined, token);
    expect((await code()).statusCode).toBe(409);
    expect((await code()).json()).toMatchObject({ code: 'flow.step' });
    await t.call('PUT', '/v1/me/contact', { channel: 'email', value: 'robert@exemple.fr', confirmation: 'robert@exemple.fr' }, tokens.robert);
    expect((await code()).json()).toMatchObject({ channel: 'email', destination: 'robert@exemple.fr', attemptsLeft: 5 });
    const right = await t.lastCode('robert@exemple.fr');
    const wrong = right === '000000' ? '111111' : '000000';
    expect((await t.call('POST', '/v1/me/contact/code/verify', { code: wrong }, tokens.robert)).statusCode).toBe(422);
    expect((await code()).json()).toMatchObject({ attemptsLeft: 4 });
    expect((await t.call('POST', '/v1/me/contact/code/verify', { code: right }, tokens.robert)).statusCode).toBe(200);
    expect((await code()).statusCode).toBe(409);
  });
});
