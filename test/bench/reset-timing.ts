// Password reset, "the same timing whether or not the account exists" (issue 16): the answer time of
// POST /v1/password-resets for an identifier with an account (a code is made and its message goes out) against one
// without (a code made and sent nowhere), interleaved in a random order so the machine's drift weighs on both alike.
// The baseline is the missing identifier, measured in the same run; prints medians, quartiles and their ratios, and
// asserts nothing about time. RESET_TIMING_SAMPLES tunes it (per identifier).
import { serverInWorker } from './backend-support/spawn';

const SAMPLES = Number(process.env.RESET_TIMING_SAMPLES ?? 1500);
const KNOWN = { identifier: '2780506088101', channel: 'email' }; // VERONIQUE: an account with an e-mail
const MISSING = { identifier: '1901031555109', channel: 'email' }; // a NIR no account has

const server = await serverInWorker('sandbox');
const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function timedStart(body: unknown): Promise<number> {
  const started = performance.now();
  const res = await post('/v1/password-resets', body);
  await res.arrayBuffer();
  const elapsed = performance.now() - started;
  if (res.status !== 202) throw new Error(`start answered ${res.status}`);
  return elapsed;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
try {
  for (let i = 0; i < 100; i += 1) await timedStart(i % 2 ? KNOWN : MISSING); // warm-up (JIT, statement cache)
  const known: number[] = [];
  const missing: number[] = [];
  let sentThisHour = 0;
  while (known.length < SAMPLES || missing.length < SAMPLES) {
    const pickKnown = missing.length >= SAMPLES || (known.length < SAMPLES && Math.random() < 0.5);
    if (pickKnown) {
      // Only 3 resets an hour per identifier get a code sent: move the sandbox clock on so that every known sample
      // takes the branch that sends (the one to compare with).
      if (sentThisHour === 3) {
        await (await post('/sandbox/clock', { advanceSeconds: 3601 })).arrayBuffer();
        sentThisHour = 0;
      }
      known.push(await timedStart(KNOWN));
      sentThisHour += 1;
    } else {
      missing.push(await timedStart(MISSING));
    }
  }
  known.sort((a, b) => a - b);
  missing.sort((a, b) => a - b);
  const row = (values: number[]) => ({
    p25: quantile(values, 0.25).toFixed(3), median: quantile(values, 0.5).toFixed(3), p75: quantile(values, 0.75).toFixed(3),
    p90: quantile(values, 0.9).toFixed(3), mean: (values.reduce((a, b) => a + b, 0) / values.length).toFixed(3),
  });
  console.log(`POST /v1/password-resets, ${SAMPLES} samples each, interleaved at random (ms)`);
  console.table({ 'account exists (code sent)': row(known), 'no account (baseline)': row(missing) });
  for (const [name, q] of [['p25', 0.25], ['median', 0.5], ['p75', 0.75], ['p90', 0.9]] as const) {
    console.log(`ratio ${name} exists / missing = ${(quantile(known, q) / quantile(missing, q)).toFixed(3)}`);
  }
} finally {
  await server.close();
}
