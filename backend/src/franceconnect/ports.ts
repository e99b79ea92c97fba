// What the FranceConnect plugin needs from the rest of the back end, as two small interfaces: the plugin stays
// self-contained, and app.ts adapts the back end's own services (sessions, persons) to them.
import type { FranceConnectPrefill } from '../../../shared/api/franceconnect';
import type { Session } from '../../../shared/api/sessions';

export interface SessionIssuer {
  /** Opens a session for the account exactly as a password login does (same kind, expiry, rotation). */
  open(accountId: string): Promise<Session>;
  /** The account behind a live bearer token, or null (unknown, expired, revoked). */
  accountOf(token: string): Promise<string | null>;
  /** "Déconnexion": the token is revoked. */
  revoke(token: string): Promise<void>;
  /**
   * Calls `listener` with the SHA-256 (hex) of the tokens of sessions revoked by any path (logout, password reset,
   * first login, the visit's end), so that the plugin drops what it keeps of them.
   */
  onRevoked(listener: (tokenHashes: string[]) => void | Promise<void>): void;
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

/**
 * Where the plugin keeps its single-use, short-lived state: pending logins (state, nonce, returnTo), tickets, handoff
 * codes, pending logouts and the ID token of each session opened through FranceConnect. The back end gives its
 * database (adapters.ts), so a login started on one instance comes back on another; one-time-store.ts has an
 * in-memory one for the plugin on its own.
 */
export interface OneTimeState {
  /** Keeps `value` (JSON) under a fresh 256-bit key (43 base64url characters), for `ttlMs`; returns the key. */
  put(space: string, value: unknown, ttlMs: number): Promise<string>;
  /** Keeps `value` under a key the caller chose (replacing what was there), until `expiresAtMs`. */
  keep(space: string, key: string, value: unknown, expiresAtMs: number): Promise<void>;
  /** The value, once: it is removed as it is read (a replay finds nothing); null when missing or expired. */
  take(space: string, key: string): Promise<unknown>;
  /** A random secret made once and shared by every instance (the binding cookie's HMAC key). */
  secret(name: string): Promise<Buffer>;
}
