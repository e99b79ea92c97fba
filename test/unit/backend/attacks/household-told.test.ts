// Attack (issue 16): a takeover of a household member's account that stays silent. Beyond caf.fr, an account created
// for a member of an allocataire household is told to the household's responsable (her contacts, and a courriel in
// the account space's courriers). Failed on the code before the fix: nothing was sent, nothing shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kioskSite } from '../../../../backend/src/routes/account-creations';
import { formatBirthDate } from '../../../../shared/domain/birth-date';
import { parisDay } from '../../../../shared/domain/paris-day';
import { makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp;
beforeEach(async () => {
  t = await makeApp();
});
afterEach(() => t.close());

const ines = {
  hasNir: true, nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'Benali', prenoms: 'Ines',
  dateNaissance: '08/02/2009', lieuNaissance: { kind: 'france', departement: '33', commune: '33063' },
};

describe('attack: a household member\'s account created in silence', () => {
  it('tells the responsable by e-mail and in her account space\'s courriers, naming the kiosk\'s Caf', async () => {
    // At 23:30 UTC, already the next day in France: the message gives the French date (it gave UTC's before).
    const now = t.clock.now();
    const lateEvening = new Date(now).setUTCHours(23, 30, 0, 0);
    t.clock.advance((lateEvening > now ? lateEvening : lateEvening + 86_400_000) - now);
    const flow = (await t.call('POST', '/v1/account-creations', ines)).json<{ id: string }>();
    const base = `/v1/account-creations/${flow.id}`;
    const email = 'ines.benali@example.org';
    await t.call('PUT', `${base}/contact`, { channel: 'email', value: email, confirmation: email });
    await t.call('POST', `${base}/code/verify`, { code: await t.lastCode(email) });
    await t.call('PUT', `${base}/password`, { password: 'InesBenali2009', confirmation: 'InesBenali2009' });
    const done = await t.call('POST', `${base}/complete`, undefined, undefined, { 'x-kiosk-site': encodeURIComponent('Gironde') });
    expect(done.statusCode, done.body).toBe(200);

    const day = formatBirthDate(parisDay(t.clock.now()));
    expect(day).not.toBe(new Date(t.clock.now()).toISOString().slice(0, 10).split('-').reverse().join('/'));
    const text = `Un espace Mon Compte a été créé pour INES B. le ${day}, depuis une borne de la Caf de Gironde.`;
    const outbox = (await t.call('GET', '/sandbox/outbox?to=samia.benali@example.fr')).json<{ messages: Array<{ body: string; code: null }> }>();
    expect(outbox.messages[0]?.body).toContain(text);
    expect(outbox.messages[0]?.code).toBeNull();

    const token = await t.login(SEED.samia.nir, SEED.samia.password);
    const dashboard = (await t.call('GET', '/v1/me/dashboard', undefined, token)).json<{ courriers: Array<{ id: string; subject: string }> }>();
    expect(dashboard.courriers[0]?.subject).toBe('Un espace Mon Compte a été créé pour INES B.');
    const courrier = (await t.call('GET', `/v1/courriers/${dashboard.courriers[0]!.id}`, undefined, token)).json<{ body: string[] }>();
    expect(courrier.body[0]).toBe(text);
  });

  it('writes only a plain place name from the kiosk into the message', () => {
    expect(kioskSite(encodeURIComponent('Seine-Saint-Denis'))).toBe('Seine-Saint-Denis');
    expect(kioskSite(encodeURIComponent('<a href=//evil>'))).toBeNull();
    expect(kioskSite('%E0%A4%A')).toBeNull();
    expect(kioskSite(undefined)).toBeNull();
  });
});
