// What the FranceConnect plugin needs from the rest of the back end, as two small interfaces: the plugin stays
// self-contained, and app.ts adapts the back end's own services (sessions, persons) to them.
import type { FranceConnectPrefill } from '../../../shared/api/franceconnect';

/** The wire session, as POST /v1/sessions answers it (shared/api/sessions.ts). */
export type IssuedSession = { token: string; kind: 'full' | 'migration'; expiresAt: string; idleTimeoutSeconds: number };

export interface SessionIssuer {
  /** Opens a session for the account exactly as a password login does (same kind, expiry, rotation). */
  open(accountId: string): Promise<IssuedSession>;
  /** The account behind a live bearer token, or null (unknown, expired, revoked). */
  accountOf(token: string): Promise<string | null>;
  /** "Déconnexion": the token is revoked. */
  revoke(token: string): Promise<void>;
  /**
   * Calls `listener` with the SHA-256 (hex) of the tokens of sessions revoked by any path (logout, password reset,
   * first login, the visit's end), so that the plugin drops what it keeps of them.
   */
  onRevoked(listener: (tokenHashes: string[]) => void): void;
}

/** The pivot identity as Mon Compte stores a person's état civil (names as given, birth date ISO). */
export interface PivotPerson {
  civilite: FranceConnectPrefill['civilite'];
  nomNaissance: string;
  prenoms: string;
  birthDate: string; // YYYY-MM-DD
  birthPlace: FranceConnectPrefill['lieuNaissance'];
}

export interface PersonDirectory {
  /** The Mon Compte account of the person with this pivot identity (see pivot.ts `samePivotIdentity`), or null. */
  findAccount(person: PivotPerson): Promise<{ accountId: string } | null>;
}
