// "Mot de passe oublié ?" (seed 003). The first answer never tells whether the identifier or its contact exists:
// an id is always made; without an account its code is stored but sent nowhere, so it behaves the same (5 tries,
// expiry) and can never succeed. A new password revokes every session of the person.
import type { Channel, PasswordReset, PasswordResetState } from '../../../shared/api';
import type { Db } from '../db/database';
import { fail, retryAfter } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import type { AccountRepository } from '../repositories/accounts';
import { checkCode, checkNewPassword, parseIdentifier } from './checks';
import { CODE_RESEND_COOLDOWN_MS, type CodeService } from './codes';
import { hashPassword } from './passwords';
import { hmac, randomToken } from './secrets';
import type { SessionService } from './sessions';
import type { Throttle, WindowCounter } from './throttle';

export const RESET_TTL_MS = 20 * MINUTE;
/**
 * No SMS or e-mail bombing, and few codes to guess (issue 16): at most this many resets in any hour (a sliding window,
 * not clock hours) per identifier typed, known or not, get a code sent; beyond, the answer is the same but the code goes nowhere (it can never succeed). With
 * RESET_RESENDS_PER_FLOW resends each, at most 3 × 2 = 6 messages an hour reach a person, and at most 3 live codes an
 * hour can be tried (5 wrong tries each): 15 guesses an hour of a million codes, whatever the number of clients.
 */
export const RESET_SENDS_PER_HOUR = 3;
export const RESET_RESENDS_PER_FLOW = 1;

export function createPasswordResetService(deps: {
  db: Db; clock: Clock; accounts: AccountRepository; codes: CodeService; sessions: SessionService; throttle: Throttle;
  counter: WindowCounter; key: string;
}) {
  const { db, clock, codes } = deps;
  async function live(id: string) {
    const row = await db.selectFrom('passwordResets').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.doneAt || Date.parse(row.expiresAt) <= clock.now()) throw fail('flow.notFound', 'No such password reset');
    return row;
  }
  const byRequestKey = (requestKey: string) =>
    db.selectFrom('passwordResets').selectAll().where('requestKey', '=', requestKey).executeTakeFirst();
  const reply = async (id: string, channel: Channel, expiresAt: string): Promise<PasswordReset> => {
    const challenge = await codes.challenge('reset', id);
    return { id, channel, expiresAt, resendAvailableAt: challenge?.resendAvailableAt ?? iso(clock.now() + CODE_RESEND_COOLDOWN_MS) };
  };

  return {
    /**
     * Starts a reset. With the kiosk's idempotency key, a start sent again (its answer was lost, « Réessayer ») answers
     * the reset the first one made while it lives, with no second code and nothing counted: the key, the identifier
     * and the channel, hashed, find it. The key is random and kept in the kiosk's memory, so it reaches no one else's
     * reset.
     */
    async start(identifierInput: string, channel: Channel, idempotencyKey?: string): Promise<PasswordReset> {
      const identifier = parseIdentifier(identifierInput);
      const requestKey = idempotencyKey ? hmac(deps.key, `reset-start:${identifier}:${channel}:${idempotencyKey}`) : null;
      if (requestKey) {
        const earlier = await byRequestKey(requestKey);
        if (earlier && !earlier.doneAt && Date.parse(earlier.expiresAt) > clock.now()) return reply(earlier.id, earlier.channel, earlier.expiresAt);
        // Expired or used: the key starts a new reset (the old one keeps no key).
        if (earlier) await db.updateTable('passwordResets').set({ requestKey: null }).where('id', '=', earlier.id).execute();
      }
      // The same work whether the identifier exists or not: one lookup, one count, one code made.
      const [account, allowed] = await Promise.all([
        deps.accounts.byIdentifier(identifier), deps.counter.take(`reset-send:${identifier}`, RESET_SENDS_PER_HOUR, 60 * MINUTE),
      ]);
      const destination = account && allowed ? (channel === 'sms' ? account.mobile : account.email) : null;
      const now = clock.now();
      const id = randomToken();
      const expiresAt = iso(now + RESET_TTL_MS);
      // The reset and its code commit together: a reset that exists has its code (a retry never finds one without).
      const made = await db.transaction().execute(async (trx) => {
        const inserted = await trx.insertInto('passwordResets').values({
          id, accountId: destination ? account!.id : null, channel, createdAt: iso(now), expiresAt, verifiedAt: null, doneAt: null, requestKey,
        }).onConflict((oc) => oc.column('requestKey').doNothing()).executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        // Without a destination the code exists only as a hash nobody knows (sent nowhere).
        await codes.issue('reset', id, channel, destination ?? 'nowhere', true, destination === null, trx);
        return true;
      });
      if (!made) {
        // Another start with this key got there first (two at once; its transaction is committed): answer its reset.
        const winner = await byRequestKey(requestKey!);
        if (!winner) throw fail('flow.notFound', 'No such password reset');
        return reply(winner.id, winner.channel, winner.expiresAt);
      }
      return reply(id, channel, expiresAt);
    },
    /**
     * Where the reset stands, for « Réessayer » after a lost answer: only its id (the capability the start handed to the
     * kiosk) reaches it. A reset whose identifier has no account has the same row and the same live code (sent
     * nowhere), so it answers « code » with the same fields as one that has; « password » and « done » need the
     * code, which only the account's contact received. A saved password is « done » even past the reset's expiry, as
     * its retry answers `reset.done`; anything else expired or unknown is the 404 of every reset route.
     */
    async state(id: string): Promise<PasswordResetState> {
      const row = await db.selectFrom('passwordResets').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || (!row.doneAt && Date.parse(row.expiresAt) <= clock.now())) throw fail('flow.notFound', 'No such password reset');
      const step = row.doneAt ? 'done' : row.verifiedAt ? 'password' : 'code';
      return { ...(await reply(row.id, row.channel, row.expiresAt)), step };
    },
    async resend(id: string) {
      const row = await live(id);
      const challenge = await codes.challenge('reset', id);
      if (challenge && Date.parse(challenge.resendAvailableAt) <= clock.now() && !(await deps.counter.take(`reset-resend:${id}`, RESET_RESENDS_PER_FLOW, RESET_TTL_MS))) {
        // The same refusal as a resend asked too soon, until this reset expires.
        throw fail('code.cooldown', 'No more codes for this reset: start again later', undefined, retryAfter(Date.parse(row.expiresAt), clock.now()));
      }
      await codes.resend('reset', id);
      return reply(id, row.channel, row.expiresAt);
    },
    async verify(id: string, code: string) {
      const checked = checkCode(code);
      const row = await live(id);
      await codes.verify('reset', id, checked);
      await db.updateTable('passwordResets').set({ verifiedAt: iso(clock.now()) }).where('id', '=', row.id).execute();
    },
    async setPassword(id: string, password: string, confirmation: string) {
      const value = checkNewPassword(password, confirmation);
      const done = await db.selectFrom('passwordResets').select('doneAt').where('id', '=', id).executeTakeFirst();
      // A retry after a lost answer: the password is saved; the next step is to log in with it.
      if (done?.doneAt) throw fail('reset.done', 'The new password is already saved: log in with it');
      const row = await live(id);
      if (!row.verifiedAt || !row.accountId) throw fail('flow.step', 'Verify the code first');
      const account = await deps.accounts.byId(row.accountId);
      if (!account) throw fail('flow.notFound', 'No such password reset');
      await deps.accounts.update(account.id, { passwordHash: await hashPassword(value), passwordChangedAt: iso(clock.now()) });
      await db.updateTable('passwordResets').set({ doneAt: iso(clock.now()) }).where('id', '=', row.id).execute();
      await codes.drop('reset', id);
      await deps.sessions.revokeAll(account.id);
      // A person who proved control of their contact is no longer held back by earlier failures.
      await deps.throttle.success(account.identifier);
    },
  };
}
