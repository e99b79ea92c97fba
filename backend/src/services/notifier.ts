// Delivers verification codes through a transactional outbox (issue 17): a message is written to the `outbox` table
// in the same transaction as its code (`enqueue`), so a code that exists has a message; a sender (`drain`) then hands
// every undelivered message to its gateway and marks it delivered. It runs after each commit, at start (messages a
// crash left behind) and every few seconds (retries of a failing gateway, with a growing back-off). Delivery is at
// least once: a crash after the gateway took a message and before it was marked sends it again, which for a code is
// harmless. In sandbox mode the outbox is what GET /sandbox/outbox reads; with SMTP_URL, e-mails go out through
// nodemailer. No SMS gateway exists in the sandbox.
import nodemailer from 'nodemailer';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../db/database';
import { nextOutboxSeq } from '../db/settings';
import type { Database, OutboxTable } from '../db/schema';
import { iso, MINUTE, type Clock } from '../clock';
import { randomId } from './secrets';
import type { Channel } from '../../../shared/api';

export interface Message {
  channel: Channel;
  to: string;
  subject: string;
  body: string;
  /** Kept in the sandbox outbox only, so tests and workshops can read it. */
  code: string | null;
}

/** Hands one message to the gateway of its channel; throws when the gateway refuses or cannot be reached. */
export type Gateway = (message: Message) => Promise<void>;

export interface Notifier {
  /** Writes the message in the caller's transaction: it will be sent once (and only if) that transaction commits. */
  enqueue(trx: Transaction<Database> | Kysely<Database>, message: Message): Promise<void>;
  /**
   * The work of `enqueue` for a message that goes nowhere (a password-reset code for an identifier without an
   * account), leaving nothing: the same statements, the row deleted again in the caller's transaction. An answer that
   * writes a message takes no longer than one that does not, so its time does not tell that the account exists.
   */
  enqueueNothing(trx: Transaction<Database>, message: Message): Promise<void>;
  /** Delivers the undelivered messages that are due; resolves with how many were delivered. */
  drain(): Promise<number>;
  /** Starts a drain once the current answer is out (after a commit): its delivery never delays that answer. */
  drainSoon(): void;
  /** Stops the periodic sender and waits for a delivery under way. */
  close(): Promise<void>;
}

/** How long a sender owns a message it took (another instance leaves it alone meanwhile). */
export const CLAIM_MS = MINUTE;
/** The periodic sender's interval. */
export const DRAIN_EVERY_MS = 5_000;
/** The wait before the next try after a failed delivery: 5 s, 10 s, 20 s… at most 10 minutes. */
export const retryDelayMs = (attempts: number) => Math.min(10 * MINUTE, 5_000 * 2 ** Math.max(0, attempts - 1));

export function smtpGateway(smtpUrl: string, from = 'Mon Compte <no-reply@caf.invalid>'): Gateway {
  const mailer = nodemailer.createTransport(smtpUrl);
  return async (message) => {
    await mailer.sendMail({ from, to: message.to, subject: message.subject, text: message.body });
  };
}

export function createNotifier(deps: {
  db: Db; clock: Clock; sandbox: boolean; smtpUrl?: string | undefined;
  /** Gateways by channel; default: SMTP for e-mails when smtpUrl is set. */
  gateways?: Partial<Record<Message['channel'], Gateway>>;
  /** Told of each failed delivery (the app logs it). */
  onError?: (error: unknown, message: Pick<OutboxTable, 'id' | 'channel' | 'attempts'>) => void;
  /** The periodic sender (off in unit tests that drive drain() themselves). */
  periodic?: boolean;
}): Notifier {
  const { db, clock } = deps;
  const gateways: Partial<Record<Message['channel'], Gateway>> = deps.gateways ?? (deps.smtpUrl ? { email: smtpGateway(deps.smtpUrl) } : {});

  async function deliverOne(row: OutboxTable): Promise<boolean> {
    const now = clock.now();
    // Claim it: only the sender whose update matched the row as it read it delivers it.
    let claim = db.updateTable('outbox').set({ nextAttemptAt: iso(now + CLAIM_MS), attempts: row.attempts + 1 })
      .where('id', '=', row.id).where('deliveredAt', 'is', null).where('attempts', '=', row.attempts);
    claim = row.nextAttemptAt === null ? claim.where('nextAttemptAt', 'is', null) : claim.where('nextAttemptAt', '=', row.nextAttemptAt);
    if (Number((await claim.executeTakeFirst()).numUpdatedRows) === 0) return false;
    const gateway = gateways[row.channel];
    try {
      // Without a gateway for its channel the sandbox outbox is the delivery (GET /sandbox/outbox).
      if (gateway) await gateway({ channel: row.channel, to: row.to, subject: row.subject, body: row.body, code: row.code });
    } catch (error) {
      deps.onError?.(error, { id: row.id, channel: row.channel, attempts: row.attempts + 1 });
      await db.updateTable('outbox').set({ nextAttemptAt: iso(clock.now() + retryDelayMs(row.attempts + 1)) })
        .where('id', '=', row.id).execute();
      return false;
    }
    // Outside the sandbox nothing keeps the text (and its code) once the gateway has it.
    await db.updateTable('outbox').set({ deliveredAt: iso(clock.now()), nextAttemptAt: null, ...(deps.sandbox ? {} : { body: '', code: null }) })
      .where('id', '=', row.id).execute();
    return true;
  }

  let running: Promise<number> | null = null;
  let again = false;
  let closed = false;
  async function drainOnce(): Promise<number> {
    let delivered = 0;
    do {
      again = false;
      const due = await db.selectFrom('outbox').selectAll().where('deliveredAt', 'is', null)
        .where((eb) => eb.or([eb('nextAttemptAt', 'is', null), eb('nextAttemptAt', '<=', iso(clock.now()))]))
        .orderBy('seq').limit(50).execute();
      for (const row of due) if (await deliverOne(row)) delivered += 1;
      if (due.length === 50) again = true;
    } while (again && !closed);
    return delivered;
  }
  const drain = (): Promise<number> => {
    if (closed) return Promise.resolve(0);
    if (running) {
      again = true; // a commit during a drain: look once more before stopping
      return running;
    }
    running = drainOnce().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = deps.periodic === false ? null : setInterval(() => {
    void drain().catch((error: unknown) => deps.onError?.(error, { id: '', channel: 'email', attempts: 0 }));
  }, DRAIN_EVERY_MS);
  timer?.unref();

  async function write(trx: Transaction<Database> | Kysely<Database>, message: Message): Promise<string | null> {
    // Outside the sandbox a message whose channel has no gateway can never go out: nothing of it (body, code) is
    // stored (fail closed). In the sandbox the outbox itself is the delivery (GET /sandbox/outbox).
    if (!deps.sandbox && !gateways[message.channel]) return null;
    const id = randomId();
    await trx.insertInto('outbox').values({
      id,
      seq: await nextOutboxSeq(trx),
      channel: message.channel,
      to: message.to,
      subject: message.subject,
      body: message.body,
      code: deps.sandbox ? message.code : null,
      sentAt: iso(clock.now()),
      deliveredAt: null,
      attempts: 0,
      nextAttemptAt: null,
    }).execute();
    return id;
  }

  return {
    async enqueue(trx, message) {
      await write(trx, message);
    },
    async enqueueNothing(trx, message) {
      const id = await write(trx, message);
      if (id) await trx.deleteFrom('outbox').where('id', '=', id).execute();
    },
    drain,
    drainSoon() {
      setImmediate(() => void drain().catch((error: unknown) => deps.onError?.(error, { id: '', channel: 'email', attempts: 0 })));
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => 0);
    },
  };
}
