// J2 log in. Unknown identifier and wrong password get the same answer after the same work: an argon2id verify
// against a dummy hash when no account exists (OWASP Authentication Cheat Sheet, "Authentication Responses").
import type { Session } from '../../../shared/api';
import { fail } from '../errors';
import type { AccountRepository } from '../repositories/accounts';
import { parseIdentifier } from './checks';
import { dummyHash, verifyPassword } from './passwords';
import type { SessionService } from './sessions';
import type { Throttle } from './throttle';

export function createLoginService(deps: { accounts: AccountRepository; sessions: SessionService; throttle: Throttle }) {
  return {
    async login(identifierInput: string, password: string): Promise<Session> {
      const identifier = parseIdentifier(identifierInput);
      // The try is admitted (pending, counting towards the lockout) before the slow check, so a burst cannot outrun
      // the lockout; it is counted as failed when its verdict is written, so a try cut off by a kill counts for nobody.
      await deps.throttle.attempt(identifier);
      const account = await deps.accounts.byIdentifier(identifier);
      const ok = account
        ? await verifyPassword(account.passwordHash, password)
        : (await verifyPassword(await dummyHash(), password)) && false;
      if (!account || !ok) {
        const lockedUntil = await deps.throttle.failed(identifier);
        if (lockedUntil !== null) throw deps.throttle.lockedError(lockedUntil);
        throw fail('auth.invalidCredentials', 'Identifier or password is wrong');
      }
      await deps.throttle.success(identifier);
      // A migrated allocataire's first login gets a restricted session (« Comment je fais pour me connecter … sur mon
      // mobile ? »).
      return deps.sessions.issue(account.id, account.legacy ? 'migration' : 'full');
    },
  };
}
