// Issue 7: the responsable grants and withdraws the conjoint's autorisation de gestion, and the conjoint's very next
// request (same token, no new login) follows it: rights are read from the database at every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../backend/src/app';
import { freshDatabase } from '../../../support/test-database';

const login = async (app: FastifyInstance, identifier: string, password: string) => {
  const res = await app.inject({ method: 'POST', url: '/v1/sessions', payload: { identifier, password } });
  expect(res.statusCode).toBe(201);
  return { authorization: `Bearer ${(res.json() as { token: string }).token}` };
};

describe('the autorisation de gestion', () => {
  let app: FastifyInstance;
  let samia: Record<string, string>;
  let karim: Record<string, string>;
  const setAutorisation = (granted: boolean) => app.inject({
    method: 'PUT', url: '/v1/household/members/p-karim/autorisation-gestion', headers: samia, payload: { granted },
  });

  beforeAll(async () => {
    app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true });
    samia = await login(app, '2851133063105', 'Samia2021Benali');
    karim = await login(app, '1830433063106', 'Karim2021Benali');
  });
  afterAll(() => app.close());

  it('gives the conjoint the household\'s payments on their next request once granted, and takes them away once withdrawn', async () => {
    expect((await app.inject({ url: '/v1/me/payments', headers: karim })).statusCode).toBe(403);

    const granted = await setAutorisation(true);
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({ id: 'p-karim', role: 'conjoint', autorisationGestion: true, hasAccount: true });

    const payments = await app.inject({ url: '/v1/me/payments', headers: karim });
    expect(payments.statusCode).toBe(200);
    expect(payments.json()).toEqual({ payments: [expect.objectContaining({ date: '2021-05-05', amountCents: 13_905 })] });
    expect((await app.inject({ url: '/v1/me', headers: karim })).json()).toMatchObject({
      autorisationGestion: true, rights: expect.arrayContaining(['household.read', 'prestation.request']),
    });

    expect((await setAutorisation(false)).json()).toMatchObject({ autorisationGestion: false });
    const refused = await app.inject({ url: '/v1/me/payments', headers: karim });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'rights.forbidden' });
    const me = (await app.inject({ url: '/v1/me', headers: karim })).json() as { rights: string[]; autorisationGestion: boolean };
    expect(me.autorisationGestion).toBe(false);
    expect(me.rights).not.toContain('household.read');
  });

  it('re-checks every open session of the conjoint, not only the latest one', async () => {
    const kiosk = await login(app, '1830433063106', 'Karim2021Benali');
    await setAutorisation(true);
    expect((await app.inject({ url: '/v1/household', headers: karim })).statusCode).toBe(200);
    expect((await app.inject({ url: '/v1/household', headers: kiosk })).statusCode).toBe(200);
    await setAutorisation(false);
    expect((await app.inject({ url: '/v1/household', headers: karim })).statusCode).toBe(403);
    expect((await app.inject({ url: '/v1/household', headers: kiosk })).statusCode).toBe(403);
  });

  it('is held only by a conjoint: the responsable cannot give it to a child', async () => {
    const res = await app.inject({
      method: 'PUT', url: '/v1/household/members/p-ines/autorisation-gestion', headers: samia, payload: { granted: true },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'rights.forbidden' });
  });
});
