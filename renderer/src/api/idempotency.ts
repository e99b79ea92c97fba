// The idempotency keys of a journey's first calls (the creation's start, the reset's start, a separation): a random
// key for the answers sent, sent again while they stay the same, so that a call retried after its answer was lost
// (« Réessayer », or the button pressed again) gets what the first one made instead of a second one (issue 17). Other
// answers get another key. The key and the answers it stands for live in the store that made it, in memory only, and
// are forgotten with it at the end of the visit.

export interface IdempotencyKeys<Answers> {
  /** The key for these answers: the one made for them last time, or a new one. */
  keyFor(answers: Answers): string;
  /** Forgets the answers and their key (the store's reset at the end of the visit). */
  forget(): void;
}

export function createIdempotencyKeys<Answers>(): IdempotencyKeys<Answers> {
  let last: { answers: string; key: string } | null = null;
  return {
    keyFor(answers) {
      const typed = JSON.stringify(answers);
      if (last?.answers !== typed) {
        const bytes = crypto.getRandomValues(new Uint8Array(16));
        last = { answers: typed, key: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') };
      }
      return last.key;
    },
    forget() {
      last = null;
    },
  };
}
