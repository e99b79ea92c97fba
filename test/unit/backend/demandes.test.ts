// The request for the aide au logement (issue 14; services/demandes.ts): a draft saved at every step on the back end,
// resumed at another visit with every answer and at the step where the visitor stopped, sent with a number and a
// date, an accusé de réception and a courrier; every step safe to retry. Who may call what: routes/authorization.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeApp, SEED, type TestApp } from './helpers';

const STEPS = {
  foyer: { members: [{ lien: 'enfant', nom: 'Fontaine', prenoms: 'Jules', dateNaissance: '03/04/2019' }] },
  logement: { address: { line: '4  place Garibaldi', postalCode: '06300', city: 'Nice' }, statut: 'locataire', kind: 'appartement', dateEntree: '01/09/2026' },
  loyer: { montant: '650', charges: '45,5', bailleur: { nom: 'Habitat 06', address: { line: '1 rue de France', postalCode: '06000', city: 'Nice' } } },
  ressources: { ressources: [{ memberId: 'demandeur', montant: '15 600' }, { memberId: 'm-1', montant: '0' }] },
  banque: { titulaire: 'Veronique Fontaine', iban: 'fr14 2004 1010 0505 0001 3m02 606' },
} as const;
type Step = keyof typeof STEPS;

describe('the request for the aide au logement', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await makeApp();
  });
  beforeEach(async () => {
    expect((await t.call('POST', '/sandbox/reset')).statusCode).toBe(204);
    token = await t.login(SEED.veronique.nir, SEED.veronique.password);
  });
  afterAll(() => t.close());

  const start = async (as = token) => {
    const res = await t.call('POST', '/v1/demandes', { prestation: 'aide-logement' }, as);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const save = (id: string, step: Step, body: unknown = STEPS[step], as = token) => t.call('PUT', `/v1/demandes/${id}/${step}`, body, as);
  const fill = async (id: string, as = token) => {
    for (const step of Object.keys(STEPS) as Step[]) expect((await save(id, step, STEPS[step], as)).statusCode).toBe(200);
  };

  it('keeps every answer on the back end and resumes at the step after the last one saved, at any visit', async () => {
    const id = await start();
    await save(id, 'foyer');
    await save(id, 'logement');
    // Another visit, another kiosk: a new session finds the same draft, by "Mes démarches" or by starting again.
    const later = await t.login(SEED.veronique.nir, SEED.veronique.password);
    const list = (await t.call('GET', '/v1/demarches', undefined, later)).json<{ demarches: Array<{ id: string; status: string; resumeAt: string }> }>();
    expect(list.demarches.find((d) => d.id === id)).toMatchObject({ status: 'brouillon', resumeAt: 'loyer' });
    expect(await start(later)).toBe(id);
    const draft = (await t.call('GET', `/v1/demandes/${id}`, undefined, later)).json();
    expect(draft).toMatchObject({
      status: 'brouillon', resumeAt: 'loyer', number: null,
      demandeur: { nom: 'FONTAINE', prenoms: 'VERONIQUE', dateNaissance: '12/05/1978' },
      answers: {
        foyer: { members: [{ id: 'm-1', lien: 'enfant', nom: 'FONTAINE', prenoms: 'JULES', dateNaissance: '03/04/2019' }] },
        logement: { address: { line: '4 place Garibaldi', postalCode: '06300', city: 'NICE' }, statut: 'locataire', kind: 'appartement', dateEntree: '01/09/2026' },
        loyer: null, ressources: null, banque: null,
      },
    });
    // What "who lives in the home" starts from: the household the Caf knows.
    expect(draft.knownMembers.map((m: { prenoms: string; lien: string }) => `${m.prenoms}:${m.lien}`)).toEqual(['MARC:conjoint', 'LEA:enfant', 'ROBERT:autre']);
  });

  it('is the household\'s draft: the conjoint with autorisation de gestion resumes what the responsable started', async () => {
    const id = await start();
    await save(id, 'foyer');
    const marc = await t.login(SEED.marc.nir, SEED.marc.password);
    expect(await start(marc)).toBe(id);
    expect((await save(id, 'logement', STEPS.logement, marc)).json()).toMatchObject({ resumeAt: 'loyer' });
  });

  it('stores the same draft when a step is sent again after a lost answer, member ids included', async () => {
    const id = await start();
    const first = (await save(id, 'foyer')).json();
    const again = (await save(id, 'foyer')).json();
    expect(again.answers).toEqual(first.answers);
    // Corrected later with the ids the kiosk was given: a member added gets a new id, the others keep theirs.
    const corrected = (await save(id, 'foyer', { members: [
      { id: 'm-1', ...STEPS.foyer.members[0] }, { lien: 'conjoint', nom: 'Fontaine', prenoms: 'Marc', dateNaissance: '03/09/1976' },
    ] })).json();
    expect(corrected.answers.foyer.members.map((m: { id: string }) => m.id)).toEqual(['m-1', 'm-2']);
  });

  it('asks the steps in order and answers bad input at the field, with the shared domain\'s codes', async () => {
    const id = await start();
    expect((await save(id, 'loyer')).json()).toMatchObject({ code: 'flow.step', field: 'foyer' });
    await save(id, 'foyer');
    const bad = async (step: Step, body: unknown) => {
      const res = await save(id, step, body);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      const { code, field } = res.json<{ code: string; field?: string }>();
      return `${code} ${field}`;
    };
    expect(await bad('foyer', { members: [{ ...STEPS.foyer.members[0], dateNaissance: '31/02/2019' }] })).toBe('date.invalid members.0.dateNaissance');
    expect(await bad('foyer', { members: [{ ...STEPS.foyer.members[0], prenoms: 'J3' }] })).toBe('name.characters members.0.prenoms');
    expect(await bad('logement', { ...STEPS.logement, dateEntree: '01/01/2099' })).toBe('date.future dateEntree');
    expect(await bad('logement', { ...STEPS.logement, address: { ...STEPS.logement.address, postalCode: '6300' } })).toBe('postalCode.format address.postalCode');
    expect(await bad('logement', { ...STEPS.logement, kind: 'chateau' })).toBe('kind.invalid kind');
    await save(id, 'logement');
    expect(await bad('loyer', { ...STEPS.loyer, montant: '6 5O' })).toBe('amount.format montant');
    expect(await bad('loyer', { ...STEPS.loyer, charges: '' })).toBe('amount.required charges');
    expect(await bad('loyer', { ...STEPS.loyer, bailleur: { ...STEPS.loyer.bailleur, nom: ' ' } })).toBe('nom.required bailleur.nom');
    await save(id, 'loyer');
    expect(await bad('ressources', { ressources: [{ memberId: 'demandeur', montant: '100' }] })).toBe('ressources.incomplete ressources');
    expect(await bad('ressources', { ressources: [...STEPS.ressources.ressources, { memberId: 'm-9', montant: '1' }] })).toBe('memberId.invalid ressources.2.memberId');
    await save(id, 'ressources');
    expect(await bad('banque', { ...STEPS.banque, iban: 'FR14 2004 1010 0505 0001 3M02 607' })).toBe('iban.key iban');
    expect(await bad('banque', { ...STEPS.banque, iban: 'SA03 8000 0000 6080 1016 7519' })).toBe('iban.country iban');
    // Nothing was lost by the refusals.
    expect((await t.call('GET', `/v1/demandes/${id}`, undefined, token)).json()).toMatchObject({ resumeAt: 'banque' });
  });

  it('asks the resources again of a member added to the home after they were given', async () => {
    const id = await start();
    await fill(id);
    await save(id, 'foyer', { members: [{ id: 'm-1', ...STEPS.foyer.members[0] }, { lien: 'autre', nom: 'Fontaine', prenoms: 'Robert', dateNaissance: '21/07/1945' }] });
    const draft = (await t.call('GET', `/v1/demandes/${id}`, undefined, token)).json();
    expect(draft.resumeAt).toBe('ressources');
    expect(draft.answers.ressources.ressources.map((r: { memberId: string }) => r.memberId)).toEqual(['demandeur', 'm-1']);
    expect((await t.call('POST', `/v1/demandes/${id}/envoi`, { declarationHonneur: true }, token)).json()).toMatchObject({ code: 'demande.incomplete', field: 'ressources' });
  });

  it('sends with a number and a date once, and then shows it in "Mes démarches", with an accusé and a courrier', async () => {
    const id = await start();
    await fill(id);
    expect((await t.call('POST', `/v1/demandes/${id}/envoi`, { declarationHonneur: false }, token)).json())
      .toMatchObject({ code: 'declarationHonneur.required', field: 'declarationHonneur' });
    const sent = await t.call('POST', `/v1/demandes/${id}/envoi`, { declarationHonneur: true }, token);
    expect(sent.statusCode).toBe(200);
    const demande = sent.json<{ number: string; sentAt: string; status: string; expiresAt: string | null }>();
    expect(demande).toMatchObject({ status: 'recue', expiresAt: null, resumeAt: 'recapitulatif' });
    expect(demande.number).toMatch(/^AL-\d{4}-\d{6}$/);
    // A retry after a lost answer: the same number, one courrier.
    const retry = (await t.call('POST', `/v1/demandes/${id}/envoi`, { declarationHonneur: true }, token)).json();
    expect(retry).toMatchObject({ number: demande.number, sentAt: demande.sentAt });
    expect((await save(id, 'banque')).json()).toMatchObject({ code: 'demande.sent' });

    const list = (await t.call('GET', '/v1/demarches', undefined, token)).json<{ demarches: Array<{ id: string; status: string }> }>();
    expect(list.demarches.map((d) => `${d.id === id ? 'new' : d.id}:${d.status}`)).toEqual(['new:recue', 'dem-fontaine-2019:traitee']);
    const accuse = (await t.call('GET', `/v1/demandes/${id}/accuse-reception`, undefined, token)).json();
    expect(accuse).toMatchObject({ number: demande.number, allocataireNumber: '1234567', holder: 'MADAME VERONIQUE FONTAINE' });
    expect(accuse.body.join(' ')).toContain('4 place Garibaldi, 06300 NICE');
    expect(accuse.body.join(' ')).toContain('FR14 **** **** 2606');
    const courriers = (await t.call('GET', '/v1/me/dashboard', undefined, token)).json<{ courriers: Array<{ subject: string }> }>().courriers;
    expect(courriers.filter((c) => c.subject === 'Votre demande d\'aide au logement a bien été reçue')).toHaveLength(1);
    // A new request can be started once the first is sent.
    expect(await start()).not.toBe(id);
  });

  it('keeps a draft 30 days after its last save, and says until when', async () => {
    const id = await start();
    const saved = (await save(id, 'foyer')).json<{ updatedAt: string; expiresAt: string }>();
    expect(Date.parse(saved.expiresAt) - Date.parse(saved.updatedAt)).toBe(30 * 24 * 3600 * 1000);
    expect((await t.call('GET', '/v1/demarches', undefined, token)).json()).toMatchObject({ draftRetentionDays: 30 });
    t.clock.advance(30 * 24 * 3600 * 1000 + 1000);
    const again = await t.login(SEED.veronique.nir, SEED.veronique.password);
    expect((await t.call('GET', `/v1/demandes/${id}`, undefined, again)).json()).toMatchObject({ code: 'resource.notFound' });
    const list = (await t.call('GET', '/v1/demarches', undefined, again)).json<{ demarches: Array<{ id: string }> }>();
    expect(list.demarches.map((d) => d.id)).toEqual(['dem-fontaine-2019']);
  });

  it('opens the household\'s file when a new applicant sends her first request', async () => {
    const claire = await t.login('2950306088111', 'Claire2026Morel');
    expect((await t.call('GET', '/v1/me/dashboard', undefined, claire)).statusCode).toBe(403);
    const id = await start(claire);
    await fill(id, claire);
    expect((await t.call('POST', `/v1/demandes/${id}/envoi`, { declarationHonneur: true }, claire)).statusCode).toBe(200);
    const me = (await t.call('GET', '/v1/me', undefined, claire)).json();
    expect(me).toMatchObject({ role: 'responsable' });
    expect(me.rights).toContain('household.read');
    const dashboard = (await t.call('GET', '/v1/me/dashboard', undefined, claire)).json<{ courriers: Array<{ subject: string }> }>();
    expect(dashboard.courriers.map((c) => c.subject)).toEqual(['Votre demande d\'aide au logement a bien été reçue']);
    const accuse = (await t.call('GET', `/v1/demandes/${id}/accuse-reception`, undefined, claire)).json();
    expect(accuse.allocataireNumber).toMatch(/^\d{7}$/);
    expect(accuse.holder).toBe('MADAME CLAIRE MOREL');
  });

  it('shows a conjoint without autorisation de gestion the status of the requests sent, never the drafts', async () => {
    const samia = await t.login(SEED.samia.nir, SEED.samia.password);
    const sentId = await start(samia);
    await fill(sentId, samia);
    await t.call('POST', `/v1/demandes/${sentId}/envoi`, { declarationHonneur: true }, samia);
    await start(samia); // a second request, left as a draft
    const karim = await t.login(SEED.karim.nir, SEED.karim.password);
    const list = (await t.call('GET', '/v1/demarches', undefined, karim)).json<{ demarches: Array<{ id: string; status: string }> }>();
    expect(list.demarches).toEqual([expect.objectContaining({ id: sentId, status: 'recue' })]);
    expect((await t.call('GET', `/v1/demandes/${sentId}`, undefined, karim)).json()).toMatchObject({ code: 'rights.forbidden' });
    expect((await t.call('POST', '/v1/demandes', { prestation: 'aide-logement' }, karim)).json()).toMatchObject({ code: 'rights.forbidden' });
  });

  it('asks only for the prestations whose request is built here', async () => {
    const res = await t.call('POST', '/v1/demandes', { prestation: 'rsa' }, token);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'prestation.invalid' });
  });
});
