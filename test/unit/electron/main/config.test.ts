import Store from 'electron-store';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backendChoice, configView, loadConfig, type ConfigStoreOptions, type KioskConfig } from '../../../../electron/main/config';
import { hashPin } from '../../../../electron/main/pin';

let dir: string;
const open = (options: ConfigStoreOptions) => new Store({ ...options, cwd: dir });
const write = (content: unknown) =>
  writeFileSync(join(dir, 'kiosk-config.json'), typeof content === 'string' ? content : JSON.stringify(content));

describe('the kiosk configuration file', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts from safe defaults when there is no file: kiosk mode, no back end (so out of service), agent panel off', () => {
    const result = loadConfig(open);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      mode: 'kiosk',
      locale: 'fr',
      onScreenKeyboard: true,
      agentPinHash: '',
      timeouts: { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 },
    });
    expect(result.config.backendUrl).toBeUndefined();
    // No back end configured: only the embedded sandbox asked for on the command line, on its default port.
    expect(backendChoice(result.config, true)).toEqual({ kind: 'embedded-sandbox', url: 'http://127.0.0.1:8787' });
  });

  it('reads a complete valid file', () => {
    write({
      mode: 'laptop',
      backendUrl: 'https://api.caf.example/',
      timeouts: { idleSeconds: 180, idleSecondsWaitingForCode: 900, warningSeconds: 45 },
      printer: 'HP_Accueil',
      terminalId: 'caf75-accueil-02',
      siteName: 'Caf de Paris — accueil',
      agentPinHash: hashPin('246810'),
      onScreenKeyboard: false,
      franceConnectOrigins: ['https://fcp.integ01.dev-franceconnect.fr'],
      relaunch: { afterVisits: 300, atHour: null },
    });
    const result = loadConfig(open);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.mode).toBe('laptop');
    expect(backendChoice(result.config, false)).toEqual({ kind: 'configured', url: 'https://api.caf.example' });
    expect(result.config.relaunch.atHour).toBeNull();
  });

  it.each([
    ['an unknown mode', { mode: 'demo' }, /mode/],
    ['a misspelt key', { backendURL: 'https://api.caf.example' }, /additional|backendURL/],
    ['a plain-http remote back end', { backendUrl: 'http://api.caf.example' }, /backendUrl/],
    ['a warning shorter than WCAG’s 20 seconds', { timeouts: { warningSeconds: 10 } }, /warningSeconds/],
    ['an idle time of a few seconds', { timeouts: { idleSeconds: 5 } }, /idleSeconds/],
    ['a PIN in clear instead of a hash', { agentPinHash: '1234' }, /agentPinHash/],
    ['an empty terminal id', { terminalId: '' }, /terminalId/],
    ['a code allowance shorter than the normal one', { timeouts: { idleSeconds: 300, idleSecondsWaitingForCode: 120 } }, /idleSecondsWaitingForCode/],
    ['a FranceConnect origin over http', { franceConnectOrigins: ['http://fc.example'] }, /franceConnectOrigins/],
  ])("puts the kiosk out of service for %s, with a message naming the problem", (_name, content, hint) => {
    write(content);
    const result = loadConfig(open);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(hint);
  });

  it('puts the kiosk out of service for a file that is not JSON', () => {
    write('{ mode: kiosk');
    expect(loadConfig(open).ok).toBe(false);
  });

  it('never hands the PIN hash to the renderer and calls the back end on the app origin', () => {
    write({ agentPinHash: hashPin('1234'), backendUrl: 'https://api.caf.example' });
    const result = loadConfig(open);
    if (!result.ok) throw new Error(result.error);
    const view = configView(result.config, 'app://kiosk');
    expect(JSON.stringify(view)).not.toContain('scrypt');
    expect(view.agentPanel).toBe(true);
    expect(view.backendUrl).toBe('app://kiosk');
  });

  it('turns the on-screen keyboard off on a laptop whatever the file says', () => {
    write({ mode: 'laptop', onScreenKeyboard: true });
    const result = loadConfig(open);
    if (!result.ok) throw new Error(result.error);
    expect(configView(result.config, 'app://kiosk').onScreenKeyboard).toBe(false);
  });
});

describe('the back end a configuration gives', () => {
  const config = (fields: Partial<KioskConfig>): KioskConfig => ({
    mode: 'kiosk',
    embeddedBackendPort: 8787,
    franceConnectOrigins: [],
    timeouts: { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 },
    relaunch: { afterVisits: 200, atHour: 4 },
    locale: 'fr',
    printer: '',
    terminalId: 'borne',
    siteName: '',
    agentPinHash: '',
    onScreenKeyboard: true,
    ...fields,
  });

  it('is the configured back end in kiosk and laptop modes', () => {
    expect(backendChoice(config({ backendUrl: 'https://api.caf.example/' }), false)).toEqual({ kind: 'configured', url: 'https://api.caf.example' });
    expect(backendChoice(config({ mode: 'laptop', backendUrl: 'https://api.caf.example' }), true)).toEqual({ kind: 'configured', url: 'https://api.caf.example' });
  });

  it('is out of service, never a silent sandbox, when a kiosk or a laptop names no back end', () => {
    expect(backendChoice(config({}), false)).toMatchObject({ kind: 'out-of-service', reason: expect.stringContaining('backendUrl') });
    expect(backendChoice(config({ mode: 'laptop' }), false)).toMatchObject({ kind: 'out-of-service' });
  });

  it('is the embedded sandbox in workshop mode, or when asked for with --embedded-sandbox', () => {
    expect(backendChoice(config({ mode: 'workshop' }), false)).toEqual({ kind: 'embedded-sandbox', url: 'http://127.0.0.1:8787' });
    expect(backendChoice(config({ mode: 'workshop', backendUrl: 'https://api.caf.example' }), false)).toMatchObject({ kind: 'embedded-sandbox' });
    expect(backendChoice(config({ embeddedBackendPort: 9999 }), true)).toEqual({ kind: 'embedded-sandbox', url: 'http://127.0.0.1:9999' });
  });
});
