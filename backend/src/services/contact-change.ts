// "Modifier mes coordonnées de contact" (issue 7): the new contact is pending until the code sent to it is verified.
import type { CodeChallenge, ContactInput } from '../../../shared/api';
import type { Db } from '../db/database';
import { fail } from '../errors';
import type { AccountRepository } from '../repositories/accounts';
import { checkCode, checkContact } from './checks';
import type { CodeService } from './codes';
import { requireRight, type Viewer } from './viewer';

export function createContactChangeService(deps: { db: Db; accounts: AccountRepository; codes: CodeService }) {
  const { db, codes } = deps;
  const pendingId = (accountId: string) => `contact:${accountId}`;
  return {
    async request(viewer: Viewer, input: ContactInput): Promise<CodeChallenge> {
      requireRight(viewer, 'self.contact');
      const value = checkContact(input.channel, input.value, input.confirmation);
      const row = {
        id: pendingId(viewer.account.id), channel: input.channel,
        mobile: input.channel === 'sms' ? value : null, autreTelephone: null, email: input.channel === 'email' ? value : null,
      };
      const previous = await db.selectFrom('pendingContacts').selectAll().where('id', '=', row.id).executeTakeFirst();
      await db.insertInto('pendingContacts').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ channel: row.channel, mobile: row.mobile, email: row.email })).execute();
      const changed = !previous || (previous.mobile ?? previous.email) !== value;
      return codes.issue('contact', viewer.account.id, input.channel, value, changed);
    },
    /** The code of the pending change as it now is (a refused code leaves fewer attempts). */
    async pending(viewer: Viewer): Promise<CodeChallenge> {
      requireRight(viewer, 'self.contact');
      const challenge = await codes.challenge('contact', viewer.account.id);
      if (!challenge) throw fail('flow.step', 'No contact change pending');
      return challenge;
    },
    resend: async (viewer: Viewer) => {
      requireRight(viewer, 'self.contact');
      return codes.resend('contact', viewer.account.id);
    },
    async verify(viewer: Viewer, code: string) {
      requireRight(viewer, 'self.contact');
      const checked = checkCode(code);
      const pending = await db.selectFrom('pendingContacts').selectAll().where('id', '=', pendingId(viewer.account.id)).executeTakeFirst();
      // Without a pending change, only the retry of the verification that applied it (same code) succeeds.
      if (!pending && !(await codes.isVerified('contact', viewer.account.id))) throw fail('flow.step', 'No contact change pending');
      await codes.verify('contact', viewer.account.id, checked);
      if (!pending) return;
      await deps.accounts.update(viewer.account.id, pending.channel === 'sms' ? { mobile: pending.mobile } : { email: pending.email });
      // The verified code stays (dead to any other code) so that a retry of this call succeeds again.
      await db.deleteFrom('pendingContacts').where('id', '=', pending.id).execute();
    },
  };
}
export type ContactChangeService = ReturnType<typeof createContactChangeService>;
