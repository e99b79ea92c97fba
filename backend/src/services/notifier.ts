// Delivers verification codes. In sandbox mode every message lands in the outbox table (GET /sandbox/outbox reads
// it); with SMTP_URL set, e-mails also go out through nodemailer. No SMS gateway exists in the sandbox.
// Outside the sandbox nothing of a message is stored (issue 16: its body holds a live code): it goes out through its
// channel's gateway, or nowhere when none is configured (logged without its body).
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/database';
import { iso, type Clock } from '../clock';
import { randomId } from './secrets';

export interface Message {
  channel: 'sms' | 'email';
  to: string;
  subject: string;
  body: string;
  /** Kept in the sandbox outbox only, so tests and workshops can read it. */
  code: string | null;
}

export interface Notifier {
  send(message: Message): Promise<void>;
}

export function createNotifier(deps: {
  db: Db; clock: Clock; sandbox: boolean; smtpUrl?: string | undefined; from?: string;
  /** Told (without the body) when a message has no gateway to go through outside the sandbox. */
  undelivered?: (message: { channel: Message['channel']; subject: string }) => void;
}): Notifier {
  const mailer: Transporter | null = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : null;
  return {
    async send(message) {
      if (deps.sandbox) {
        await deps.db.transaction().execute(async (trx) => {
          const last = await trx.selectFrom('outbox').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
          await trx.insertInto('outbox').values({
            id: randomId(),
            seq: Number(last?.seq ?? 0) + 1,
            channel: message.channel,
            to: message.to,
            subject: message.subject,
            body: message.body,
            code: message.code,
            sentAt: iso(deps.clock.now()),
          }).execute();
        });
      }
      if (!deps.sandbox && !(mailer && message.channel === 'email')) {
        deps.undelivered?.({ channel: message.channel, subject: message.subject });
        return;
      }
      if (mailer && message.channel === 'email') {
        await mailer.sendMail({ from: deps.from ?? 'Mon Compte <no-reply@caf.invalid>', to: message.to, subject: message.subject, text: message.body });
      }
    },
  };
}
