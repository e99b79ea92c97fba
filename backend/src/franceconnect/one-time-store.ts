// Single-use, short-lived secrets kept server-side: FranceConnect states (with their nonce and returnTo) and the
// codes that hand the result back to the kiosk. Keys are 256-bit random (43 base64url characters, above
// FranceConnect's 32-character minimum for state). `take` removes the entry, so a replay finds nothing.
// In memory: one back-end process serves a kiosk; these live seconds to minutes and a restart only cancels a login.
import { randomBytes } from 'node:crypto';

export class OneTimeStore<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    /** Bounds memory against a flood of /start calls: the oldest entries go first. */
    private readonly maxEntries = 10_000,
  ) {}

  put(value: T): string {
    this.sweep();
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    const key = randomBytes(32).toString('base64url');
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    return key;
  }

  take(key: string): T | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    return entry.expiresAt > this.now() ? entry.value : null;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep() {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
