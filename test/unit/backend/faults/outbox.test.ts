// Fault 3 of issue 17: a code and its message commit together (transactional outbox), so a code that exists has
// been or will be sent; the sender delivers what the outbox holds, retrying a failing gateway.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../../backend/src/clock';
import { openDatabase } from '../../../../backend/src/db/database';
import { migrations } from '../../../../backend/src/db/migrations';
import { createNotifier, type Gateway, type Message } from '../../../../backend/src/services/notifier';
import { julie, makeApp, type TestApp } from '../helpers';

let t: TestApp | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
  t = undefined;
});

const julieContact = { channel: 'email', value: 'julie@example.fr', confirmation: 'julie@example.fr' };

/** Fails the next statement whose SQL matches, as a crash at that point would (nothing after it commits). */
function crashAtNext(pattern: RegExp) {
  const prepare = BetterSqlite3.prototype.prepare;
  let armed = true;
  vi.spyOn(BetterSqlite3.prototype, 'prepare').mockImplementation(function (this: BetterSqlite3.Database, sql: string) {
    if (armed && pattern.test(sql)) {
      armed = false;
      throw new Error(`injected crash at: ${sql.slice(0, 60)}`);
    }
    return prepare.call(this, sql);
  });
}

async function creationAtContact(app: TestApp) {
  const id = (await app.call('POST', '/v1/account-creations', julie)).json<{ id: string }>().id;
  await app.call('PUT', `/v1/account-creations/${id}/identity-document`, { kind: 'carte-identite', number: '880692310285' });
  return id;
}

describe('a code and its message', () => {
  it('commit together: a crash before the message is written leaves no code, and "Envoyer le code" again sends one at once', async () => {
    t = await makeApp();
    const id = await creationAtContact(t);
    crashAtNext(/insert into "outbox"/);
    const lost = await t.call('PUT', `/v1/account-creations/${id}/contact`, julieContact);
    expect(lost.statusCode).toBe(500);
    // No code without its message: the flow has no live code and no cooldown holds the visitor back.
    expect((await t.call('GET', `/v1/account-creations/${id}`)).json().code).toBeNull();
    const again = await t.call('PUT', `/v1/account-creations/${id}/contact`, julieContact);
    expect(again.statusCode, again.body).toBe(200);
    const verify = await t.call('POST', `/v1/account-creations/${id}/code/verify`, { code: await t.lastCode('julie@example.fr') });
    expect(verify.json().step).toBe('password');
  });

  it('are delivered by the sender, which retries a failing gateway until it takes the message', async () => {
    const delivered: Message[] = [];
    let down = true;
    const email: Gateway = async (message) => {
      if (down) throw new Error('SMTP unreachable');
      delivered.push(message);
    };
    t = await makeApp({ gateways: { email } });
    const id = await creationAtContact(t);
    expect((await t.call('PUT', `/v1/account-creations/${id}/contact`, julieContact)).statusCode).toBe(200);
    await t.app.services.notifier.drain();
    const pending = () => t!.app.db.selectFrom('outbox').selectAll().where('to', '=', 'julie@example.fr').executeTakeFirstOrThrow();
    expect(await pending()).toMatchObject({ deliveredAt: null, attempts: 1 });
    // Not tried again before its back-off, tried again after it.
    expect(await t.app.services.notifier.drain()).toBe(0);
    down = false;
    t.clock.advance(6_000);
    expect(await t.app.services.notifier.drain()).toBe(1);
    expect(await pending()).toMatchObject({ attempts: 2 });
    expect((await pending()).deliveredAt).not.toBeNull();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.body).toContain(await t.lastCode('julie@example.fr'));
    expect(await t.app.services.notifier.drain()).toBe(0);
  });

  it('outside the sandbox, keep neither the text nor the code once the gateway has the message', async () => {
    t = await makeApp();
    const sent: Message[] = [];
    const notifier = createNotifier({ db: t.app.db, clock: t.clock, sandbox: false, gateways: { sms: async (m) => void sent.push(m) }, periodic: false });
    await t.app.db.transaction().execute((trx) =>
      notifier.enqueue(trx, { channel: 'sms', to: '+33600000001', subject: 's', body: 'Votre code de vérification est 123456.', code: '123456' }));
    expect(await notifier.drain()).toBe(1);
    expect(sent[0]!.body).toContain('123456');
    const row = await t.app.db.selectFrom('outbox').selectAll().where('to', '=', '+33600000001').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ body: '', code: null });
    await notifier.close();
  });
});

describe('outbox numbering (migration 005)', () => {
  it('numbers again, in their order, messages that got one seq twice before, and numbers new ones after them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-outbox-seq-'));
    try {
      const path = join(dir, 'db.sqlite');
      const before = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
      await new Migrator({ db: before, provider: { getMigrations: async () => migrations } }).migrateTo('004-shared-state');
      for (const [id, seq, at] of [['m1', 1, '1'], ['m2', 2, '2'], ['m3', 2, '3'], ['m4', 3, '4']] as const) {
        await sql`insert into outbox (id, seq, channel, "to", subject, body, code, sent_at, attempts) values (${id}, ${seq}, 'email', 'x@example.fr', 's', 'b', null, ${at}, 0)`.execute(before);
      }
      await before.destroy();
      const db = await openDatabase(`sqlite:${path}`);
      try {
        expect((await db.selectFrom('outbox').select(['id', 'seq']).orderBy('seq').execute()).map((r) => `${r.id}:${r.seq}`))
          .toEqual(['m1:1', 'm2:2', 'm3:3', 'm4:4']);
        const notifier = createNotifier({ db, clock: systemClock, sandbox: true, periodic: false });
        await notifier.enqueue(db, { channel: 'email', to: 'x@example.fr', subject: 's', body: 'b', code: null });
        expect((await db.selectFrom('outbox').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirstOrThrow()).seq).toBe(5);
        await notifier.close();
      } finally {
        await db.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
