// The kiosk's configuration: one JSON file read through electron-store with a JSON schema (Element Desktop habit:
// one typed module, schema and defaults in one place). The file is written by the Caf IT team (docs/deployment.md);
// an invalid file puts the kiosk out of service with one clear log line, never half-working (issue 6).
// The store constructor is injected, so tests run the real schema through electron-store in a temporary folder.
import type { KioskConfigView, KioskMode } from '@shared/ipc';
import { isAcceptableRemoteOrigin, originOf } from './navigation';

export interface KioskConfig {
  mode: KioskMode;
  /** The national back end; absent → out of service, except in workshop mode or with --embedded-sandbox. */
  backendUrl?: string;
  /** Port of the embedded sandbox back end on the loopback, when no backendUrl is set. */
  embeddedBackendPort: number;
  franceConnectOrigins: string[];
  timeouts: KioskConfigView['timeouts'];
  relaunch: { afterVisits: number; atHour: number | null };
  locale: 'fr';
  /** Printer device name; empty → the system's default printer. */
  printer: string;
  terminalId: string;
  siteName: string;
  /** scrypt hash of the agent PIN (scripts/hash-pin.mjs); empty → the agent panel is disabled. */
  agentPinHash: string;
  onScreenKeyboard: boolean;
}

const originPattern = '^(https://[^/\\s@]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?)$';

/** electron-store's `schema` option: one JSON schema per top-level key, with its default. */
export const configSchema = {
  mode: { type: 'string', enum: ['kiosk', 'laptop', 'workshop'], default: 'kiosk' },
  backendUrl: { type: 'string', pattern: '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?(/|$))', maxLength: 2048 },
  embeddedBackendPort: { type: 'integer', minimum: 1024, maximum: 65535, default: 8787 },
  franceConnectOrigins: { type: 'array', items: { type: 'string', pattern: originPattern }, maxItems: 32, default: [] },
  timeouts: {
    type: 'object',
    additionalProperties: false,
    properties: {
      idleSeconds: { type: 'integer', minimum: 30, maximum: 3600, default: 120 },
      idleSecondsWaitingForCode: { type: 'integer', minimum: 60, maximum: 3600, default: 600 },
      // WCAG 2.2.1 (Timing Adjustable): the visitor gets at least 20 seconds to answer the warning.
      warningSeconds: { type: 'integer', minimum: 20, maximum: 600, default: 30 },
    },
    default: {},
  },
  relaunch: {
    type: 'object',
    additionalProperties: false,
    properties: {
      afterVisits: { type: 'integer', minimum: 1, maximum: 100000, default: 200 },
      atHour: { type: ['integer', 'null'], minimum: 0, maximum: 23, default: 4 },
    },
    default: {},
  },
  locale: { type: 'string', enum: ['fr'], default: 'fr' },
  printer: { type: 'string', maxLength: 256, default: '' },
  terminalId: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$', default: 'borne' },
  siteName: { type: 'string', maxLength: 128, default: '' },
  agentPinHash: { type: 'string', pattern: '^(|scrypt\\$\\d+\\$\\d+\\$\\d+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+)$', default: '' },
  onScreenKeyboard: { type: 'boolean', default: true },
} as const;

/** Unknown keys are refused: a misspelt key would otherwise be silently ignored. */
export const configRootSchema = { additionalProperties: false } as const;

export interface ConfigStoreOptions {
  name: string;
  schema: typeof configSchema;
  rootSchema: typeof configRootSchema;
  clearInvalidConfig: false;
  /** The kiosk never writes its configuration back on its own except the workshop switch. */
  watch: false;
}

export interface ConfigStoreLike {
  readonly store: unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export type ConfigResult = { ok: true; config: KioskConfig; store: ConfigStoreLike } | { ok: false; error: string };

export const configStoreOptions: ConfigStoreOptions = {
  name: 'kiosk-config',
  schema: configSchema,
  rootSchema: configRootSchema,
  // Never "repair" a bad file by wiping it: the IT team must see and fix what they wrote.
  clearInvalidConfig: false,
  watch: false,
};

/** Checks the schema cannot express: cross-field rules. */
function crossFieldError(config: KioskConfig): string | null {
  if (config.backendUrl !== undefined) {
    const origin = originOf(config.backendUrl);
    if (origin === null || !isAcceptableRemoteOrigin(origin)) return 'backendUrl must be https (or http on the loopback)';
  }
  if (config.timeouts.idleSecondsWaitingForCode < config.timeouts.idleSeconds) {
    return 'timeouts.idleSecondsWaitingForCode must not be shorter than timeouts.idleSeconds';
  }
  return null;
}

export function loadConfig(createStore: (options: ConfigStoreOptions) => ConfigStoreLike): ConfigResult {
  let store: ConfigStoreLike;
  try {
    store = createStore(configStoreOptions);
  } catch (error) {
    // electron-store names the file and the failing keys; that is the clear log line (no personal data in a config).
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const config = structuredClone(store.store) as KioskConfig;
  const crossField = crossFieldError(config);
  return crossField === null ? { ok: true, config, store } : { ok: false, error: `Config ${store.path}: ${crossField}` };
}

/** What the renderer may see: never the PIN hash. The back end is reached on the app's own origin (proxied). */
export function configView(config: KioskConfig, rendererBackendUrl: string): KioskConfigView {
  return {
    mode: config.mode,
    backendUrl: rendererBackendUrl,
    locale: config.locale,
    onScreenKeyboard: config.onScreenKeyboard && config.mode !== 'laptop',
    terminalId: config.terminalId,
    siteName: config.siteName,
    timeouts: { ...config.timeouts },
    agentPanel: config.agentPinHash !== '',
  };
}

/** The command-line switch by which a developer asks for the embedded sandbox (npm start passes it). */
export const embeddedSandboxSwitch = '--embedded-sandbox';

export type BackendChoice =
  | { kind: 'configured'; url: string }
  | { kind: 'embedded-sandbox'; url: string }
  | { kind: 'out-of-service'; reason: string };

/**
 * Which back end the kiosk talks to (issue 16, "Fail closed"): workshop mode always trains on the embedded sandbox; a
 * configured back end otherwise; the embedded sandbox only when asked for on the command line. A kiosk or laptop
 * configured without a back end is out of service: never a silent sandbox that would publish seed identities and take
 * real visitors' NIRs.
 */
export function backendChoice(config: KioskConfig, sandboxAsked: boolean): BackendChoice {
  const embedded = `http://127.0.0.1:${config.embeddedBackendPort}`;
  if (config.mode === 'workshop') return { kind: 'embedded-sandbox', url: embedded };
  if (config.backendUrl !== undefined) return { kind: 'configured', url: config.backendUrl.replace(/\/+$/, '') };
  if (sandboxAsked) return { kind: 'embedded-sandbox', url: embedded };
  return {
    kind: 'out-of-service',
    reason: `no backendUrl in the configuration: ${config.mode} mode needs the national back end (the embedded sandbox runs only in workshop mode or with ${embeddedSandboxSwitch})`,
  };
}
