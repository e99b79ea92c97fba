// "Déclarer une séparation" (« Depuis ce 9/10/2021, la connexion … est facilitée », issue 7): recorded with the date of
// separation, the new address or "je reste dans le logement", its author and when it was declared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../backend/src/app';
import { freshDatabase } from '../../../support/test-database';
import { FakeClock } from '../../../../backend/src/clock';

describe('declaring a separation', () => {
  let app: FastifyInstance;
  let karim: Record<string, string>;
  const clock = new FakeClock(Date.parse('2026-11-22T10:00:00.000Z'));
  const declare = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/me/separation', headers: karim, payload });

  beforeAll(async () => {
    app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true, clock });
    const res = await app.inject({ method: 'POST', url: '/v1/sessions', payload: { identifier: '1830433063106', password: 'Karim2021Benali' } });
    karim = { authorization: `Bearer ${(res.json() as { token: string }).token}` };
  });
  afterAll(() => app.close());

  it('records the date, the new address and the conjoint who declared it', async () => {
    const address = { line: '3 rue des Lilas', postalCode: '33000', city: 'Bordeaux' };
    const res = await declare({ date: '15/10/2026', staysInHome: false, newAddress: address });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { id: string };
    expect(body).toMatchObject({ date: '2026-10-15', staysInHome: false, declaredAt: '2026-11-22T10:00:00.000Z' });
    const row = await app.db.selectFrom('separations').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ personId: 'p-karim', householdId: 'h-benali', date: '2026-10-15', staysInHome: 0 });
    // Kept as the shared address rule normalises it: the commune in capitals, as La Poste writes it.
    expect(JSON.parse(row.newAddress ?? 'null')).toEqual({ ...address, city: 'BORDEAUX' });
  });

  it('records "je reste dans le logement" without an address', async () => {
    const res = await declare({ date: '22/11/2026', staysInHome: true });
    expect(res.statusCode).toBe(201);
    const row = await app.db.selectFrom('separations').selectAll().where('id', '=', (res.json() as { id: string }).id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ staysInHome: 1, newAddress: null });
  });

  it.each([
    [{ date: '23/11/2026', staysInHome: true }, 'date.future', 'date'],
    [{ date: '31/02/2026', staysInHome: true }, 'date.invalid', 'date'],
    [{ date: '2026-10-01', staysInHome: true }, 'date.format', 'date'],
    [{ date: '01/10/2026', staysInHome: false }, 'newAddress.required', 'newAddress'],
    [{ date: '01/10/2026', staysInHome: false, newAddress: { line: '1 rue', postalCode: '3300', city: 'Bordeaux' } }, 'postalCode.format', 'newAddress.postalCode'],
  ])('refuses %j with %s', async (payload, code, field) => {
    const res = await declare(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code, field });
  });

  it('declared again with its idempotency key after a lost answer: the separation recorded, not a second one', async () => {
    // Fails before migration 010 (the key was a 400, and without one « Réessayer » recorded a second separation).
    const key = 'sEp4rAt10nK3yQw2x9';
    const count = async () => Number((await app.db.selectFrom('separations').select((eb) => eb.fn.countAll().as('n'))
      .where('personId', '=', 'p-karim').executeTakeFirstOrThrow()).n);
    const before = await count();
    const answers = [await declare({ date: '01/11/2026', staysInHome: true, idempotencyKey: key })];
    answers.push(...await Promise.all([0, 1].map(() => declare({ date: '01/11/2026', staysInHome: true, idempotencyKey: key }))));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await count()).toBe(before + 1);
    // Another key is another declaration.
    expect((await declare({ date: '01/11/2026', staysInHome: true, idempotencyKey: `${key}b` })).json()).not.toMatchObject({ id: answers[0]!.json().id });
    expect(await count()).toBe(before + 2);
  });
});
