// Randomness and keyed hashes. Everything secret comes from the CSPRNG of node:crypto.
import { createHmac, hash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 256-bit random token, base64url (session tokens, flow ids: far above the 128 bits of ASVS 3.2.2). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** 128-bit random id for rows. */
export const randomId = () => randomBytes(16).toString('hex');

/** n decimal digits, each uniform (rejection sampling inside randomInt). */
export const randomDigits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('');

type Encoding = 'hex' | 'base64url';

/**
 * Tokens have full entropy, so a plain SHA-256 is enough to store them (a stolen table gives no usable token). Hex by
 * default; base64url where a standard asks it (PKCE's S256 challenge). node:crypto's one-shot `hash`, a third of
 * createHash's time (every authenticated request hashes its token: issue 15).
 */
export const sha256 = (value: string, encoding: Encoding = 'hex') => hash('sha256', value, encoding);

/** Keyed hash for low-entropy secrets (6-digit codes, identifiers): useless without the key kept in `settings`. */
export const hmac = (key: string | Buffer, value: string, encoding: Encoding = 'hex') =>
  createHmac('sha256', key).update(value).digest(encoding);

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether a secret the caller sent equals the expected one, in time that does not tell how much of it matched. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
