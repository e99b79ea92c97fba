// "Modifier mes coordonnées de contact" (issue 7): the new contact is pending until the code sent to it is verified.
// Once changed, the old contact is told (issue 16), so that a contact changed by someone else does not go unnoticed.
import type { CodeChallenge, ContactInput } from '../../../shared/api';
import { formatBirthDate } from '../../../shared/domain/birth-date';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { fail } from '../errors';
import type { AccountRepository } from '../repositories/accounts';
import { parisDay } from '../../../shared/domain/paris-day';
import { checkCode, checkContact } from './checks';
import type { CodeService } from './codes';
import type { Notifier } from './notifier';
import { requireRight, type Viewer } from './viewer';

export function createContactChangeService(deps: {
  db: Db; clock: Clock; accounts: AccountRepository; codes: CodeService; notifier: Notifier;
}) {
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
      // The contact being replaced, told of the change below: read from the account (the viewer holds no contact).
      const before = await deps.accounts.byId(viewer.account.id);
      await deps.accounts.update(viewer.account.id, pending.channel === 'sms' ? { mobile: pending.mobile } : { email: pending.email });
      // The verified code stays (dead to any other code) so that a retry of this call succeeds again.
      await db.deleteFrom('pendingContacts').where('id', '=', pending.id).execute();
      const old = pending.channel === 'sms' ? before?.mobile : before?.email;
      const now = pending.channel === 'sms' ? pending.mobile : pending.email;
      if (old && old !== now) {
        const day = formatBirthDate(parisDay(deps.clock.now()));
        await deps.notifier.enqueue(db, {
          channel: pending.channel, to: old, code: null,
          subject: 'Vos coordonnées de contact Mon Compte ont été modifiées',
          body: `Le ${day}, ${pending.channel === 'sms' ? 'le numéro de téléphone portable' : 'l’adresse e-mail'} de votre espace `
            + 'Mon Compte a été remplacé. Si vous n’êtes pas à l’origine de ce changement, contactez votre Caf.',
        });
      }
    },
  };
}
