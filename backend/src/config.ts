// The back end's options, and how the process environment maps to them (npm run backend, the Electron shell).
import { SandboxClock, systemClock, type Clock } from './clock';

export interface BackendOptions {
  /** Sandbox mode: seed data, /sandbox routes, codes kept in the outbox. */
  sandbox: boolean;
  /** `sqlite:PATH` or `sqlite::memory:` (default). */
  databaseUrl?: string;
  /** When set, e-mails go out through nodemailer too. */
  smtpUrl?: string | undefined;
  /** pino logger options, or false (tests). */
  logger?: boolean | { level: string };
  clock?: Clock;
  /** Per-client request limits (per IP, per minute). Tests and benchmarks raise them. */
  rateLimit?: { max: number; sensitiveMax: number; timeWindowMs: number };
  /** Origins allowed by CORS: the Electron app only (web mode goes through a same-origin proxy). */
  corsOrigins?: string[];
  /** The origin browsers use to reach the back end (FranceConnect redirects there); default: where it listens. */
  publicUrl?: string | undefined;
}

export interface ResolvedConfig {
  sandbox: boolean;
  databaseUrl: string;
  smtpUrl: string | undefined;
  /** What every service reads the time from: `sandboxClock` in sandbox mode, the given (or system) clock otherwise. */
  clock: Clock;
  /** Sandbox mode only: the clock `POST /sandbox/clock` moves forward (null outside the sandbox). */
  sandboxClock: SandboxClock | null;
  rateLimit: { max: number; sensitiveMax: number; timeWindowMs: number };
  corsOrigins: string[];
  publicUrl: string | undefined;
}

/**
 * Per client (IP) and per minute. A kiosk is one client for all its visitors, and the per-identifier lockout is what
 * stops password guessing; this limit slows a client trying many identifiers or asking many codes.
 */
export const DEFAULT_RATE_LIMIT = { max: 600, sensitiveMax: 60, timeWindowMs: 60_000 };

export function resolveConfig(options: BackendOptions): ResolvedConfig {
  const base = options.clock ?? systemClock;
  const sandboxClock = options.sandbox ? new SandboxClock(base) : null;
  return {
    sandbox: options.sandbox,
    databaseUrl: options.databaseUrl ?? 'sqlite::memory:',
    smtpUrl: options.smtpUrl,
    clock: sandboxClock ?? base,
    sandboxClock,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    corsOrigins: options.corsOrigins ?? ['app://kiosk'],
    publicUrl: options.publicUrl,
  };
}

/**
 * HOST, PORT, DATABASE_URL, SANDBOX (default on: the project ships the sandbox), SMTP_URL, LOG_LEVEL, PUBLIC_URL,
 * RATE_LIMIT and RATE_LIMIT_SENSITIVE (requests per minute per client).
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv) {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    backend: {
      sandbox: (env.SANDBOX ?? '1') !== '0',
      databaseUrl: env.DATABASE_URL ?? 'sqlite::memory:',
      smtpUrl: env.SMTP_URL || undefined,
      publicUrl: env.PUBLIC_URL || undefined,
      rateLimit: {
        max: Number(env.RATE_LIMIT) || DEFAULT_RATE_LIMIT.max,
        sensitiveMax: Number(env.RATE_LIMIT_SENSITIVE) || DEFAULT_RATE_LIMIT.sensitiveMax,
        timeWindowMs: DEFAULT_RATE_LIMIT.timeWindowMs,
      },
      logger: { level: env.LOG_LEVEL ?? 'info' },
    } satisfies BackendOptions,
  };
}
