// Single-use, short-lived secrets kept server-side: FranceConnect states (with their nonce and returnTo), the codes
// that hand the result back to the kiosk, tickets, logouts and ID tokens. Keys are 256-bit random (43 base64url
// characters, above FranceConnect's 32-character minimum for state). `take` removes the entry, so a replay finds
// nothing. Where the entries live is the OneTimeState port (ports.ts): the back end's database (adapters.ts), or
// the process's memory below when the plugin runs on its own.
import { randomToken } from '../services/secrets';
import type { OneTimeState } from './ports';

export const newKey = () => randomToken();

/** A typed view of one space of the state, with its lifetime. */
export class OneTimeStore<T> {
  constructor(private readonly state: OneTimeState, private readonly space: string, private readonly ttlMs: number) {}
  put(value: T): Promise<string> {
    return this.state.put(this.space, value, this.ttlMs);
  }
  keep(key: string, value: T, expiresAtMs: number): Promise<void> {
    return this.state.keep(this.space, key, value, expiresAtMs);
  }
  async take(key: string): Promise<T | null> {
    return ((await this.state.take(this.space, key)) as T | null) ?? null;
  }
}

/** In one process's memory, bounded against a flood of /start calls (the oldest entries go first). */
export function memoryOneTimeState(now: () => number = Date.now, maxEntries = 10_000): OneTimeState & { readonly size: number } {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const secrets = new Map<string, Buffer>();
  const sweep = () => {
    const at = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
  };
  const keep = async (space: string, key: string, value: unknown, expiresAt: number) => {
    sweep();
    entries.delete(`${space}:${key}`);
    while (entries.size >= maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    entries.set(`${space}:${key}`, { value: JSON.stringify(value), expiresAt });
  };
  return {
    async put(space, value, ttlMs) {
      const key = newKey();
      await keep(space, key, value, now() + ttlMs);
      return key;
    },
    keep,
    async take(space, key) {
      const entry = entries.get(`${space}:${key}`);
      if (!entry) return null;
      entries.delete(`${space}:${key}`);
      return entry.expiresAt > now() ? JSON.parse(entry.value) : null;
    },
    async secret(name) {
      if (!secrets.has(name)) secrets.set(name, Buffer.from(randomToken(), 'base64url'));
      return secrets.get(name)!;
    },
    get size() {
      return entries.size;
    },
  };
}
