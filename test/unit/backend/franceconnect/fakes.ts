// Hand-written stand-ins for the back end's sessions and persons, behind the FranceConnect plugin's ports.
import { createHash, randomBytes } from 'node:crypto';
import type { Session } from '../../../../shared/api/sessions';
import type { PersonDirectory, PivotPerson, SessionIssuer } from '../../../../backend/src/franceconnect/ports';
import { samePivotIdentity } from '../../../../backend/src/franceconnect/pivot';

export class FakeSessions implements SessionIssuer {
  readonly live = new Map<string, string>();
  async open(accountId: string): Promise<Session> {
    const token = randomBytes(32).toString('base64url');
    this.live.set(token, accountId);
    return { token, kind: 'full', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), idleTimeoutSeconds: 900 };
  }
  async accountOf(token: string) {
    return this.live.get(token) ?? null;
  }
  private readonly revokedListeners: Array<(tokenHashes: string[]) => void | Promise<void>> = [];
  async revoke(token: string) {
    if (!this.live.delete(token)) return;
    const tokenHash = createHash('sha256').update(token).digest('hex');
    for (const listener of this.revokedListeners) await listener([tokenHash]);
  }
  onRevoked(listener: (tokenHashes: string[]) => void | Promise<void>) {
    this.revokedListeners.push(listener);
  }
}

export class FakePersons implements PersonDirectory {
  constructor(private readonly people: Array<PivotPerson & { accountId: string | null }>) {}
  async findAccount(person: PivotPerson) {
    const found = this.people.find((p) => samePivotIdentity(p, person));
    return found?.accountId ? { accountId: found.accountId } : null;
  }
}

/** The seed allocataire as Mon Compte stores her (FranceConnect gives "Véronique": accents must not matter). */
export const VERONIQUE: PivotPerson & { accountId: string } = {
  accountId: 'account-veronique',
  civilite: 'MADAME',
  nomNaissance: 'FONTAINE',
  prenoms: 'VERONIQUE',
  birthDate: '1978-05-12',
  birthPlace: { kind: 'france', departement: '06', commune: '06088' },
};

/** What the kiosk holds for one login: a random verifier, and the challenge it sends at /start (RFC 7636 S256). */
export function kioskProof(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
