// The back end's options, and how the process environment maps to them (npm run backend, the Electron shell).
import { isIP } from 'node:net';
import { SandboxClock, systemClock, type Clock } from './clock';
import { KIOSK_APP_ORIGIN } from './franceconnect/return-to';
import type { Gateway } from './services/notifier';
import type { Channel } from '../../shared/api';

export interface BackendOptions {
  /** Sandbox mode: seed data, /sandbox routes, codes kept in the outbox. */
  sandbox: boolean;
  /** `sqlite:PATH` or `sqlite::memory:` (default). */
  databaseUrl?: string;
  /** When set, e-mails go out through nodemailer too. */
  smtpUrl?: string | undefined;
  /** Message gateways by channel (instead of SMTP_URL's): how an SMS gateway is plugged in, and tests' fakes. */
  gateways?: Partial<Record<Channel, Gateway>> | undefined;
  /** pino logger options, or false (tests). */
  logger?: boolean | { level: string };
  clock?: Clock;
  /** Per-client request limits (per IP, per minute). Tests and benchmarks raise them. */
  rateLimit?: { max: number; sensitiveMax: number; timeWindowMs: number };
  /** Origins allowed by CORS: the Electron app only (web mode goes through a same-origin proxy). */
  corsOrigins?: string[];
  /** The origin browsers use to reach the back end (FranceConnect redirects there); default: where it listens. */
  publicUrl?: string | undefined;
  /**
   * The reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the real client, so that the per-client
   * limit keys on the visitor's kiosk rather than on the proxy. Empty (the default): X-Forwarded-For is ignored, so a
   * client cannot choose the address it is counted under.
   */
  trustedProxies?: string[] | undefined;
  /**
   * The only Host names answered (plugins/app/served-hosts.ts, against DNS rebinding); startServer sets them when it
   * listens on the loopback. Undefined: not checked (a back end behind a reverse proxy).
   */
  servedHosts?: readonly string[] | undefined;
  /**
   * The kiosk origins FranceConnect may send a login back to: app://kiosk (Electron) always, plus these web kiosks
   * (`npm run start:web`, the browser tests), e.g. http://localhost:5173. Never read from a request.
   */
  webKioskOrigins?: readonly string[];
  /** A real FranceConnect; without it the sandbox uses its simulator and a non-sandbox back end has no FranceConnect. */
  franceconnect?: FranceConnectProvider | undefined;
}

/** Mon Compte's registration at a real FranceConnect (its partner space gives the client id and secret). */
export interface FranceConnectProvider {
  /** FranceConnect v2's issuer, e.g. https://fcp-low.integ01.dev-franceconnect.fr/api/v2 (discovery is read under it). */
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface ResolvedConfig {
  sandbox: boolean;
  databaseUrl: string;
  smtpUrl: string | undefined;
  gateways: Partial<Record<Channel, Gateway>> | undefined;
  /** What every service reads the time from: `sandboxClock` in sandbox mode, the given (or system) clock otherwise. */
  clock: Clock;
  /** Sandbox mode only: the clock `POST /sandbox/clock` moves forward (null outside the sandbox). */
  sandboxClock: SandboxClock | null;
  rateLimit: { max: number; sensitiveMax: number; timeWindowMs: number };
  corsOrigins: string[];
  publicUrl: string | undefined;
  trustedProxies: string[];
  servedHosts: readonly string[] | undefined;
  /** app://kiosk and the configured web kiosks (BackendOptions.webKioskOrigins). */
  kioskOrigins: string[];
  franceconnect: FranceConnectProvider | undefined;
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
    gateways: options.gateways,
    clock: sandboxClock ?? base,
    sandboxClock,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    corsOrigins: options.corsOrigins ?? ['app://kiosk'],
    publicUrl: options.publicUrl,
    trustedProxies: options.trustedProxies ?? [],
    servedHosts: options.servedHosts,
    kioskOrigins: [...new Set([KIOSK_APP_ORIGIN, ...(options.webKioskOrigins ?? [])])],
    franceconnect: options.franceconnect,
  };
}

export const FRANCECONNECT_ENV = ['FRANCECONNECT_ISSUER', 'FRANCECONNECT_CLIENT_ID', 'FRANCECONNECT_CLIENT_SECRET'] as const;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * FRANCECONNECT_ISSUER, FRANCECONNECT_CLIENT_ID and FRANCECONNECT_CLIENT_SECRET: all three (a real FranceConnect) or
 * none. A partial set or an issuer that is not an https URL stops the start with a message naming the variable (never
 * its value: the secret must not reach a log), rather than a back end that fails at the first visitor's login.
 */
export function franceconnectFromEnv(env: NodeJS.ProcessEnv): FranceConnectProvider | undefined {
  const [issuer, clientId, clientSecret] = FRANCECONNECT_ENV.map((name) => env[name]?.trim() || undefined);
  const missing = FRANCECONNECT_ENV.filter((name) => !env[name]?.trim());
  if (missing.length === FRANCECONNECT_ENV.length) return undefined;
  if (missing.length > 0) {
    throw new Error(`FranceConnect needs ${FRANCECONNECT_ENV.join(', ')} together (or none of them); missing: ${missing.join(', ')}`);
  }
  let url: URL;
  try {
    url = new URL(issuer!);
  } catch {
    throw new Error('FRANCECONNECT_ISSUER is not a URL (e.g. https://fcp-low.integ01.dev-franceconnect.fr/api/v2)');
  }
  // OpenID Connect Discovery 1.0 §3: the issuer is an https URL without query or fragment. Plain http only on the
  // loopback, for a local test provider.
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.search || url.hash || url.username || url.password) {
    throw new Error('FRANCECONNECT_ISSUER must be an https:// URL without credentials, query or fragment (http:// only on the loopback)');
  }
  return { issuer: issuer!, clientId: clientId!, clientSecret: clientSecret! };
}

/**
 * Fail closed (issue 16): the sandbox publishes seed identities, reads every code at /sandbox/outbox and logs anyone in
 * through its FranceConnect simulator, so it runs only when SANDBOX=1 says so. Without it, the back end starts only
 * on a real configuration: a database that outlives the process. Anything else stops the start, naming what is missing.
 */
export function checkRealConfiguration(env: NodeJS.ProcessEnv): void {
  if (env.SANDBOX === '1') return;
  const databaseUrl = env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new Error(
      'SANDBOX=1 is not set and DATABASE_URL is missing: set SANDBOX=1 for the sandbox (seed data, /sandbox/*, '
      + 'FranceConnect simulator), or DATABASE_URL=sqlite:PATH (with SMTP_URL, PUBLIC_URL, FRANCECONNECT_*) for a real back end',
    );
  }
  if (databaseUrl === 'sqlite::memory:') {
    throw new Error('DATABASE_URL=sqlite::memory: loses every account at the next start: outside SANDBOX=1, give a database file (sqlite:PATH)');
  }
}

/**
 * TRUST_PROXY: the reverse proxies in front of the back end, comma-separated IPv4/IPv6 addresses or CIDR ranges
 * (`10.0.0.5,10.1.0.0/16`). Only a list is understood: "true", "*" or a hop count would trust an X-Forwarded-For that
 * any client can write, so they stop the start instead.
 */
export function trustedProxiesFromEnv(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new Error(`TRUST_PROXY lists the reverse proxies' addresses or CIDR ranges, comma-separated; not understood: ${entry}`);
    }
  }
  return entries;
}

/**
 * WEB_KIOSK_ORIGINS: comma-separated origins of web kiosks (http(s)://host[:port], nothing after). Anything else stops
 * the start with a message naming the variable: a typo must not become a silently refused FranceConnect login.
 */
export function webKioskOriginsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const listed = (env.WEB_KIOSK_ORIGINS ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  return listed.map((item) => {
    let url: URL | null = null;
    try {
      url = new URL(item);
    } catch {
      // refused below
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.origin !== item.replace(/\/$/, '')) {
      throw new Error(`WEB_KIOSK_ORIGINS must list origins such as http://localhost:5173 (scheme, host, port; no path): "${item}"`);
    }
    return url.origin;
  });
}

/**
 * HOST, PORT, DATABASE_URL, SANDBOX (on only when exactly `1`: checkRealConfiguration), SMTP_URL, LOG_LEVEL,
 * PUBLIC_URL, RATE_LIMIT and RATE_LIMIT_SENSITIVE (requests per minute per client), TRUST_PROXY
 * (trustedProxiesFromEnv), WEB_KIOSK_ORIGINS, FRANCECONNECT_* (franceconnectFromEnv).
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv) {
  const franceconnect = franceconnectFromEnv(env);
  checkRealConfiguration(env);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    backend: {
      sandbox: env.SANDBOX === '1',
      databaseUrl: env.DATABASE_URL ?? 'sqlite::memory:',
      smtpUrl: env.SMTP_URL || undefined,
      publicUrl: env.PUBLIC_URL || undefined,
      trustedProxies: trustedProxiesFromEnv(env.TRUST_PROXY),
      webKioskOrigins: webKioskOriginsFromEnv(env),
      rateLimit: {
        max: Number(env.RATE_LIMIT) || DEFAULT_RATE_LIMIT.max,
        sensitiveMax: Number(env.RATE_LIMIT_SENSITIVE) || DEFAULT_RATE_LIMIT.sensitiveMax,
        timeWindowMs: DEFAULT_RATE_LIMIT.timeWindowMs,
      },
      logger: { level: env.LOG_LEVEL ?? 'info' },
      franceconnect,
    } satisfies BackendOptions,
  };
}
