// Verification codes (« Créer mon espace Mon Compte » "code de vérification", « Comment je fais pour me connecter … sur
// mon mobile ? » "J'ai 10 minutes"): 6 digits from the CSPRNG, valid 10 minutes, at most 5 wrong tries, stored only as
// a keyed hash, one live code per purpose and subject (a new one replaces the old), and a cooldown before a new one can
// be asked.
import type { Channel, CodeChallenge } from '../../../shared/api';
import type { Db } from '../db/database';
import type { Transaction } from 'kysely';
import type { Database, VerificationCodeTable } from '../db/schema';
import { fail, retryAfter } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import type { Notifier } from './notifier';
import { hmac, randomDigits, sameHash } from './secrets';

export const CODE_TTL_MS = 10 * MINUTE;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_RESEND_COOLDOWN_MS = 30_000;

export type Purpose = VerificationCodeTable['purpose'];

const SUBJECTS: Record<Purpose, string> = {
  creation: 'Votre code de vérification pour créer Mon Compte',
  migration: 'Votre code de vérification Mon Compte',
  reset: 'Votre code pour choisir un nouveau mot de passe',
  contact: 'Votre code pour vérifier vos coordonnées de contact',
};

export interface CodeService {
  /**
   * Issues a new code (the old one of that purpose dies). `force` skips the cooldown (a new contact). Without `force`,
   * the same destination within the cooldown of a live code answers that code's challenge (a retry) instead of 429.
   */
  issue(purpose: Purpose, subjectId: string, channel: Channel, destination: string, force?: boolean, silent?: boolean, within?: Transaction<Database>): Promise<CodeChallenge>;
  resend(purpose: Purpose, subjectId: string): Promise<CodeChallenge>;
  /** Checks the code; the same right code again succeeds again (a retry after a lost answer). */
  verify(purpose: Purpose, subjectId: string, code: string): Promise<void>;
  challenge(purpose: Purpose, subjectId: string): Promise<CodeChallenge | null>;
  isVerified(purpose: Purpose, subjectId: string): Promise<boolean>;
  drop(purpose: Purpose, subjectId: string): Promise<void>;
}

const toChallenge = (row: VerificationCodeTable): CodeChallenge => ({
  channel: row.channel,
  destination: row.destination,
  sentAt: row.sentAt,
  expiresAt: row.expiresAt,
  resendAvailableAt: row.resendAvailableAt,
  attemptsLeft: Math.max(0, CODE_MAX_ATTEMPTS - row.attempts),
});

export function createCodeService(deps: { db: Db; clock: Clock; notifier: Notifier; key: string }): CodeService {
  const { db, clock } = deps;
  const rowId = (purpose: Purpose, subjectId: string) => `${purpose}:${subjectId}`;
  const find = (purpose: Purpose, subjectId: string, on: Db | Transaction<Database> = db) =>
    on.selectFrom('verificationCodes').selectAll().where('id', '=', rowId(purpose, subjectId)).executeTakeFirst();

  /** Makes the code and its message in one transaction: the caller's (`within`, e.g. with the flow's row) or its own. */
  async function send(purpose: Purpose, subjectId: string, channel: Channel, destination: string, silent = false, within?: Transaction<Database>) {
    const code = randomDigits(6);
    const now = clock.now();
    const row: VerificationCodeTable = {
      id: rowId(purpose, subjectId),
      purpose,
      subjectId,
      channel,
      destination,
      codeHash: hmac(deps.key, `${rowId(purpose, subjectId)}:${code}`),
      sentAt: iso(now),
      expiresAt: iso(now + CODE_TTL_MS),
      resendAvailableAt: iso(now + CODE_RESEND_COOLDOWN_MS),
      attempts: 0,
      verifiedAt: null,
    };
    const body = `Votre code de vérification est ${code}. Il est valable 10 minutes. Ne le communiquez à personne.`;
    const message = { channel, to: destination, subject: SUBJECTS[purpose], body, code };
    // The code and its message commit together (transactional outbox): a code that exists has been or will be sent.
    // A silent code (sent nowhere) does the same writes and keeps none (issue 16: the same timing whether or not a
    // password reset's identifier has an account), and both start the sender after the answer, not before it.
    const write = async (trx: Transaction<Database>) => {
      await trx.deleteFrom('verificationCodes').where('id', '=', row.id).execute();
      await trx.insertInto('verificationCodes').values(row).execute();
      if (silent) await deps.notifier.enqueueNothing(trx, message);
      else await deps.notifier.enqueue(trx, message);
    };
    if (within) await write(within);
    else await db.transaction().execute(write);
    deps.notifier.drainSoon(); // the periodic sender retries what this misses
    return toChallenge(row);
  }

  /** A code of this purpose that is still live, not verified, for this destination, sent less than a cooldown ago. */
  const justSent = (row: VerificationCodeTable | undefined, destination: string): row is VerificationCodeTable =>
    Boolean(row && !row.verifiedAt && row.destination === destination && Date.parse(row.resendAvailableAt) > clock.now()
      && Date.parse(row.expiresAt) > clock.now());

  function checkCooldown(row: VerificationCodeTable | undefined) {
    const now = clock.now();
    if (row && Date.parse(row.resendAvailableAt) > now) {
      throw fail('code.cooldown', 'A new code was asked too soon', undefined, retryAfter(Date.parse(row.resendAvailableAt), now));
    }
  }

  return {
    async issue(purpose, subjectId, channel, destination, force = false, silent = false, within = undefined) {
      const existing = await find(purpose, subjectId, within);
      // The same contact given again while its code was just sent is a retry (its answer was lost, or the visitor
      // pressed "Envoyer le code" again): the flow is at the code step, so it answers that step, with no new code.
      if (!force && justSent(existing, destination)) return toChallenge(existing);
      // Changing the contact sends at once; asking again for the same contact waits for the cooldown.
      if (!force && existing && existing.destination === destination) checkCooldown(existing);
      return send(purpose, subjectId, channel, destination, silent, within);
    },
    async resend(purpose, subjectId) {
      const existing = await find(purpose, subjectId);
      if (!existing) throw fail('flow.step', 'No code was sent yet');
      checkCooldown(existing);
      // A code that was never sent (password reset of an unknown identifier) is never sent either.
      return send(purpose, subjectId, existing.channel, existing.destination, existing.destination === 'nowhere');
    },
    async verify(purpose, subjectId, code) {
      const row = await find(purpose, subjectId);
      const now = clock.now();
      if (!row || Date.parse(row.expiresAt) <= now) throw fail('code.expired', 'No live code: ask for a new one', 'code');
      // Reserve the try atomically first, so concurrent guesses cannot exceed the limit. A code already verified
      // counts its tries too: its retry (below) must not become an unlimited oracle for other codes.
      const reserved = await db.updateTable('verificationCodes')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', row.id).where('attempts', '<', CODE_MAX_ATTEMPTS).where('codeHash', '=', row.codeHash)
        .executeTakeFirst();
      if (Number(reserved.numUpdatedRows) === 0) throw fail('code.tooManyAttempts', 'Too many wrong codes: ask for a new one', 'code');
      if (!sameHash(row.codeHash, hmac(deps.key, `${row.id}:${code}`))) {
        const left = CODE_MAX_ATTEMPTS - (row.attempts + 1);
        if (left <= 0) throw fail('code.tooManyAttempts', 'Too many wrong codes: ask for a new one', 'code');
        // Another code against a verified one: that code is used, ask for a new one.
        if (row.verifiedAt) throw fail('code.expired', 'No live code: ask for a new one', 'code');
        throw fail('code.invalid', `Wrong code (${left} tries left)`, 'code');
      }
      // The right code does not count as a wrong try. The same right code again, while the code lives, is a retry
      // whose answer was lost: it succeeds again (it opens nothing new) and keeps the first verification's time.
      await db.updateTable('verificationCodes')
        .set((eb) => ({ verifiedAt: row.verifiedAt ?? iso(now), attempts: eb('attempts', '-', 1) }))
        .where('id', '=', row.id).execute();
    },
    async challenge(purpose, subjectId) {
      const row = await find(purpose, subjectId);
      return row && !row.verifiedAt ? toChallenge(row) : null;
    },
    async isVerified(purpose, subjectId) {
      return Boolean((await find(purpose, subjectId))?.verifiedAt);
    },
    async drop(purpose, subjectId) {
      await db.deleteFrom('verificationCodes').where('id', '=', rowId(purpose, subjectId)).execute();
    },
  };
}
