// The agent PIN: stored only as a scrypt hash (node:crypto, no native module), checked in main; attempts are limited by the
// agent gate (shared/agent-gate.ts).
// Format: scrypt$N$r$p$salt$hash (base64), produced by scripts/hash-pin.mjs for the IT team's configuration file.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const defaults = { N: 16384, r: 8, p: 1, keyLength: 32 };

export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(pin, salt, defaults.keyLength, { N: defaults.N, r: defaults.r, p: defaults.p });
  return ['scrypt', defaults.N, defaults.r, defaults.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPin(pin: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Refuse parameters that would make one check take seconds or gigabytes (a hostile config is still a config).
  if (![N, r, p].every(Number.isInteger) || N > 2 ** 17 || r > 16 || p > 4) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (expected.length < 16) return false;
  const actual = scryptSync(pin, salt, expected.length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}
