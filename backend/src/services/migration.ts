// First login of a migrated allocataire (« Comment je fais pour me connecter … sur mon mobile ? »): the migration
// session can only accept the current CGU, choose a new password under today's rules, and give and verify contact
// details; then it becomes a full session.
import type { MigrationContactInput, MigrationState, Session } from '../../../shared/api';
import { isValidPhoneNumber } from 'libphonenumber-js';
import type { Db } from '../db/database';
import { fail, invalid } from '../errors';
import { iso, type Clock } from '../clock';
import type { AccountRepository } from '../repositories/accounts';
import { checkCode, checkContact, checkNewPassword } from './checks';
import type { CodeService } from './codes';
import { hashPassword } from './passwords';
import type { SessionService } from './sessions';

/** The CGU version a person must accept (the text is shown by the kiosk). */
export const CURRENT_CGU_VERSION = '2021-10';

export function createMigrationService(deps: { db: Db; clock: Clock; accounts: AccountRepository; codes: CodeService; sessions: SessionService }) {
  const { db, codes, accounts } = deps;
  const pendingId = (accountId: string) => `migration:${accountId}`;
  const account = async (accountId: string) => {
    const row = await accounts.byId(accountId);
    if (!row) throw fail('auth.required', 'No valid session');
    return row;
  };

  async function state(accountId: string): Promise<MigrationState> {
    const row = await account(accountId);
    return {
      cguVersion: CURRENT_CGU_VERSION,
      cguAccepted: row.cguVersion === CURRENT_CGU_VERSION,
      passwordChanged: row.passwordChangedAt !== null,
      code: await codes.challenge('migration', accountId),
      contactVerified: row.contactVerifiedAt !== null,
    };
  }

  return {
    state,
    async acceptCgu(accountId: string, version: string) {
      if (version !== CURRENT_CGU_VERSION) throw fail('cgu.version', `The current CGU version is ${CURRENT_CGU_VERSION}`, 'version');
      await accounts.update(accountId, { cguVersion: version });
      return state(accountId);
    },
    async setPassword(accountId: string, password: string, confirmation: string) {
      const value = checkNewPassword(password, confirmation);
      await accounts.update(accountId, { passwordHash: await hashPassword(value), passwordChangedAt: iso(deps.clock.now()) });
      return state(accountId);
    },
    async setContact(accountId: string, input: MigrationContactInput) {
      const blank = (v: string | undefined) => v === undefined || v.trim() === '';
      const mobile = blank(input.mobile) ? null : checkContact('sms', input.mobile ?? '', undefined, 'mobile');
      const email = blank(input.email) ? null : checkContact('email', input.email ?? '', undefined, 'email');
      let autreTelephone: string | null = null;
      if (!blank(input.autreTelephone)) {
        if (!isValidPhoneNumber(input.autreTelephone ?? '', 'FR')) throw invalid('autreTelephone.format', 'autreTelephone');
        autreTelephone = (input.autreTelephone ?? '').replace(/\s+/g, '');
      }
      const destination = input.channel === 'sms' ? mobile : email;
      if (!destination) throw invalid(input.channel === 'sms' ? 'mobile.required' : 'email.required', input.channel === 'sms' ? 'mobile' : 'email');
      const row = { id: pendingId(accountId), channel: input.channel, mobile, autreTelephone, email };
      const previous = await db.selectFrom('pendingContacts').selectAll().where('id', '=', row.id).executeTakeFirst();
      await db.insertInto('pendingContacts').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ channel: row.channel, mobile, autreTelephone, email })).execute();
      const changed = !previous || previous.channel !== row.channel || (previous.channel === 'sms' ? previous.mobile : previous.email) !== destination;
      await codes.issue('migration', accountId, input.channel, destination, changed);
      return state(accountId);
    },
    async resend(accountId: string) {
      await codes.resend('migration', accountId);
      return state(accountId);
    },
    /** "Valider le code": the last step; the migration session is revoked and a full one issued (rotation). */
    async verify(accountId: string, sessionId: string, code: string): Promise<Session> {
      const checked = checkCode(code);
      const current = await state(accountId);
      if (!current.cguAccepted || !current.passwordChanged) throw fail('migration.incomplete', 'Accept the CGU and choose a new password first');
      const pending = await db.selectFrom('pendingContacts').selectAll().where('id', '=', pendingId(accountId)).executeTakeFirst();
      // Without pending details, only the retry of a verification whose contact was saved (same code) goes on.
      if (!pending && !(await codes.isVerified('migration', accountId))) throw fail('flow.step', 'Give your contact details first');
      await codes.verify('migration', accountId, checked);
      if (pending) {
        const now = iso(deps.clock.now());
        await accounts.update(accountId, {
          mobile: pending.mobile, autreTelephone: pending.autreTelephone, email: pending.email, contactVerifiedAt: now, legacy: 0,
        });
        // The verified code stays (dead to any other code) so that a retry after a crash here goes on.
        await db.deleteFrom('pendingContacts').where('id', '=', pending.id).execute();
      }
      // The password chosen at first login ends every other session of the account (one opened elsewhere with the old
      // 8-digit password, issue 16), and this one is rotated into a full session.
      await deps.sessions.revoke(sessionId);
      await deps.sessions.revokeAll(accountId);
      return deps.sessions.issue(accountId, 'full');
    },
  };
}
