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

  it('gives each person their whole état civil and every contact, so they can see any error (seed 002)', async () => {
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

  it('orders each part of the dashboard as before its four reads became one: the latest payment, allocations by label, attestations and courriers newest first', async () => {
    const db = t.app.db;
    const household = 'h-benali';
    await db.insertInto('payments').values([
      { id: 'pay-older', householdId: household, date: '2001-01-01', amountCents: 1, label: 'old', paidToThirdParty: 0 },
      { id: 'pay-newest', householdId: household, date: '2030-06-01', amountCents: 4242, label: "L'aide d'O'Brien", paidToThirdParty: 1 },
    ]).execute();
    await db.insertInto('allocations').values([
      { id: 'al-z', householdId: household, label: 'Zeta', monthlyAmountCents: 3, since: '2020-01-01' },
      { id: 'al-a', householdId: household, label: 'Alpha', monthlyAmountCents: 2, since: '2021-01-01' },
    ]).execute();
    await db.insertInto('attestations').values([
      { id: 'at-old', householdId: household, label: 'old', issuedOn: '2000-01-01', body: '[]' },
      { id: 'at-new', householdId: household, label: 'new', issuedOn: '2029-01-01', body: '[]' },
    ]).execute();
    await db.insertInto('courriers').values([
      { id: 'co-old', householdId: household, subject: 'old', date: '2000-02-02', kind: 'courriel', body: '[]' },
      { id: 'co-new', householdId: household, subject: 'new', date: '2029-02-02', kind: 'courrier', body: '[]' },
    ]).execute();
    // What the four reads answered, each on its own.
    const expected = async () => {
      const last = await db.selectFrom('payments').selectAll().where('householdId', '=', household).orderBy('date', 'desc').limit(1).executeTakeFirst();
      return {
        lastPayment: last ? { date: last.date, amountCents: last.amountCents, label: last.label, paidToThirdParty: last.paidToThirdParty === 1 } : null,
        allocations: await db.selectFrom('allocations').select(['id', 'label', 'monthlyAmountCents', 'since']).where('householdId', '=', household).orderBy('label').execute(),
        attestations: await db.selectFrom('attestations').select(['id', 'label', 'issuedOn']).where('householdId', '=', household).orderBy('issuedOn', 'desc').execute(),
        courriers: await db.selectFrom('courriers').select(['id', 'subject', 'date', 'kind']).where('householdId', '=', household).orderBy('date', 'desc').execute(),
      };
    };
    const dashboard = (await t.call('GET', '/v1/me/dashboard', undefined, tokens.samia)).json();
    expect(dashboard).toEqual(await expected());
    expect(dashboard.lastPayment).toEqual({ date: '2030-06-01', amountCents: 4242, label: "L'aide d'O'Brien", paidToThirdParty: true });
    const ids = (part: Array<{ id: string }>) => part.map((row) => row.id);
    expect(ids(dashboard.allocations).indexOf('al-a')).toBeLessThan(ids(dashboard.allocations).indexOf('al-z'));
    expect(ids(dashboard.attestations)[0]).toBe('at-new');
    expect(ids(dashboard.attestations).at(-1)).toBe('at-old');
    expect(ids(dashboard.courriers)[0]).toBe('co-new');
    expect(ids(dashboard.courriers).at(-1)).toBe('co-old');
    // A household with nothing yet.
    for (const table of ['payments', 'allocations', 'attestations', 'courriers'] as const) await db.deleteFrom(table).where('householdId', '=', household).execute();
    expect((await t.call('GET', '/v1/me/dashboard', undefined, tokens.samia)).json()).toEqual({ lastPayment: null, allocations: [], attestations: [], courriers: [] });
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
