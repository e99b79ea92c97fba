// Password hashing with argon2id. Parameters: OWASP Password Storage Cheat Sheet minimum for argon2id
// (m = 19 MiB, t = 2, p = 1): https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
import { hash, verify, type Options } from '@node-rs/argon2';

export const ARGON2_PARAMS: Options = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax)
  memoryCost: 19 * 1024, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
};

export const hashPassword = (password: string) => hash(password, ARGON2_PARAMS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password, ARGON2_PARAMS);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified when the identifier is unknown so that the answer takes as long as for a
 * wrong password (no enumeration by timing).
 */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`dummy-${Math.random()}`);
  return dummy;
}
