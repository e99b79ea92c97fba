// Entry (b) of docs/product.md J1 (« Depuis ce 9/10/2021, la connexion … est facilitée »: "Directement depuis l'espace
// Mon Compte pour les conjoints, enfants et autres personnes de plus de 15 ans rattachés à un compte allocataire"): a
// member the registry knows in an allocataire
// household creates their own account without an identity document, and gets their role's rights only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../backend/src/app';
import { freshDatabase } from '../../../support/test-database';

describe('a household member creating their own account', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true });
  });
  afterAll(() => app.close());

  it('skips the identity document, and gives the child over 15 their own data only', async () => {
    const start = await app.inject({
      method: 'POST', url: '/v1/account-creations',
      payload: {
        hasNir: true, nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'Benali', prenoms: 'Inès', nomUsage: '',
        dateNaissance: '08/02/2009', lieuNaissance: { kind: 'france', departement: '33', commune: '33063' },
      },
    });
    expect(start.statusCode).toBe(201);
    const flow = start.json() as { id: string; step: string; identityDocumentRequired: boolean };
    expect(flow).toMatchObject({ step: 'contact', identityDocumentRequired: false });

    const email = 'ines.benali@example.org';
    const contact = await app.inject({
      method: 'PUT', url: `/v1/account-creations/${flow.id}/contact`, payload: { channel: 'email', value: email, confirmation: email },
    });
    expect(contact.json()).toMatchObject({ step: 'code' });
    const outbox = (await app.inject({ url: `/sandbox/outbox?to=${email}` })).json() as { messages: Array<{ code: string }> };
    const verify = await app.inject({
      method: 'POST', url: `/v1/account-creations/${flow.id}/code/verify`, payload: { code: outbox.messages[0]!.code },
    });
    expect(verify.json()).toMatchObject({ step: 'password' });
    await app.inject({ method: 'PUT', url: `/v1/account-creations/${flow.id}/password`, payload: { password: 'InesBenali2009', confirmation: 'InesBenali2009' } });
    const done = await app.inject({ method: 'POST', url: `/v1/account-creations/${flow.id}/complete` });
    expect(done.statusCode).toBe(200);

    const login = await app.inject({ method: 'POST', url: '/v1/sessions', payload: { identifier: '2090233063110', password: 'InesBenali2009' } });
    const headers = { authorization: `Bearer ${(login.json() as { token: string }).token}` };
    const me = (await app.inject({ url: '/v1/me', headers })).json() as { role: string; rights: string[] };
    expect(me.role).toBe('enfant');
    expect(me.rights.sort()).toEqual(['self.contact', 'self.read']);
    expect((await app.inject({ url: '/v1/me/dashboard', headers })).statusCode).toBe(403);
  });
});
