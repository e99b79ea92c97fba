// Login throughput against its physical limit: raw argon2id verifications with the same parameters (the cost every
// login pays by design), measured in the same run with the same concurrency. Ratio near 1 = the rest of a login
// (HTTP, validation, lockout bookkeeping, session insert) costs little next to the password hash.
import { verify } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { ARGON2_PARAMS, hashPassword } from '../../backend/src/services/passwords';
import { serverInWorker } from './backend-support/spawn';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = 4; // libuv's default thread pool, where @node-rs/argon2 runs

async function rawVerifies(): Promise<number> {
  const stored = await hashPassword('Veronique2021');
  let count = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < end) {
      await verify(stored, 'Veronique2021', ARGON2_PARAMS);
      count += 1;
    }
  }));
  return count / SECONDS;
}

async function logins(): Promise<{ rps: number; errors: number; non2xx: number }> {
  const server = await serverInWorker('sandbox');
  try {
    const result = await autocannon({
      url: `${server.url}/v1/sessions`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: '2780506088101', password: 'Veronique2021' }),
      connections: CONCURRENCY,
      duration: SECONDS,
    });
    return { rps: result.requests.mean, errors: result.errors, non2xx: result.non2xx };
  } finally {
    await server.close();
  }
}

// raw, login, raw: the machine's load drifts, so the baseline is the mean of a measure before and one after.
const raw1 = await rawVerifies();
const login = await logins();
const raw2 = await rawVerifies();
const raw = (raw1 + raw2) / 2;
console.log(`argon2id m=${ARGON2_PARAMS.memoryCost} KiB t=${ARGON2_PARAMS.timeCost} p=${ARGON2_PARAMS.parallelism}, ${CONCURRENCY} concurrent, ${SECONDS} s each`);
console.log(`raw argon2id verify : ${raw.toFixed(1)} /s (before ${raw1.toFixed(1)}, after ${raw2.toFixed(1)})`);
console.log(`POST /v1/sessions   : ${login.rps.toFixed(1)} /s (errors ${login.errors}, non-2xx ${login.non2xx})`);
console.log(`ratio login / raw verify = ${(login.rps / raw).toFixed(2)}`);
