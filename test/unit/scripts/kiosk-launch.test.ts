// The decisions of `npm start` / `npm run start:web`: where Electron's binary is, when its install script runs, when
// the browser kiosk stands in, and how Chromium is opened. No network, display or Electron needed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronBinary, platformExecutable, type ElectronBinary } from '../../../scripts/electron-binary.mjs';
import {
  browserPlan,
  chromiumKioskArgs,
  ensureElectron,
  fallbackLine,
  findChromium,
  hasDisplay,
  lastErrorLine,
} from '../../../scripts/kiosk-launch.mjs';

describe('electronBinary', () => {
  let packageDir: string;
  beforeEach(() => {
    packageDir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
  });
  afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

  function installBinary(dir = join(packageDir, 'dist')) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'electron'), '');
  }

  it('finds the binary electron recorded in path.txt under dist/', () => {
    installBinary();
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(electronBinary({ env: {}, packageDir, platform: 'linux' })).toEqual({ found: true, path: join(packageDir, 'dist', 'electron') });
  });

  it('says the binary was never downloaded, and that the install script can fetch it, without path.txt', () => {
    expect(electronBinary({ env: {}, packageDir, platform: 'linux' })).toMatchObject({ found: false, installable: true, reason: expect.stringMatching(/never downloaded/) });
  });

  it('says which file is missing when path.txt points at nothing', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(electronBinary({ env: {}, packageDir, platform: 'linux' })).toMatchObject({ found: false, installable: true, reason: expect.stringContaining('dist') });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH as electron does, and never offers to download over it', () => {
    const override = join(packageDir, 'system-electron');
    expect(electronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: override }, packageDir, platform: 'linux' })).toMatchObject({
      found: false,
      installable: false,
      reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH'),
    });
    installBinary(override);
    expect(electronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: override }, packageDir, platform: 'linux' })).toEqual({ found: true, path: join(override, 'electron') });
  });

  it('says so when the electron package itself is missing', () => {
    expect(electronBinary({ env: {}, packageDir: null })).toMatchObject({ found: false, installable: false });
  });

  it('names the executable per platform as electron’s install script does', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('ensureElectron', () => {
  const found: ElectronBinary = { found: true, path: '/x/electron' };
  const missing: ElectronBinary = { found: false, installable: true, reason: 'never downloaded' };

  it('starts what is there without running the install script', async () => {
    const install = vi.fn(async () => null);
    await expect(ensureElectron({ locate: () => found, install, say: vi.fn() })).resolves.toEqual(found);
    expect(install).not.toHaveBeenCalled();
  });

  it('runs the install script when the binary is missing, then finds it', async () => {
    const locate = vi.fn<() => ElectronBinary>().mockReturnValueOnce(missing).mockReturnValueOnce(found);
    const say = vi.fn();
    const install = vi.fn(async () => null);
    await expect(ensureElectron({ locate, install, say, env: { ELECTRON_MIRROR: 'https://mirror.caf.example/electron/' } })).resolves.toEqual(found);
    expect(install).toHaveBeenCalledOnce();
    expect(say).toHaveBeenCalledWith(expect.stringContaining('https://mirror.caf.example/electron/'));
  });

  it('gives the install script’s failure as the reason when it cannot fetch (no network)', async () => {
    const result = await ensureElectron({ locate: () => missing, install: async () => 'TypeError: fetch failed', say: vi.fn(), env: {} });
    expect(result).toEqual({ found: false, installable: false, reason: 'its install script failed: TypeError: fetch failed' });
  });

  it('never runs the install script over an ELECTRON_OVERRIDE_DIST_PATH that holds no Electron', async () => {
    const install = vi.fn(async () => null);
    const override: ElectronBinary = { found: false, installable: false, reason: 'ELECTRON_OVERRIDE_DIST_PATH has no Electron' };
    await expect(ensureElectron({ locate: () => override, install, say: vi.fn() })).resolves.toEqual(override);
    expect(install).not.toHaveBeenCalled();
  });
});

describe('the fallback’s words', () => {
  it('says in one line why the browser kiosk starts', () => {
    const line = fallbackLine('its install script failed: TypeError: fetch failed');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/browser kiosk/);
  });

  it('keeps the error, not the stack trace, of the install script', () => {
    const stderr = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:15456:13\n    at async downloadArtifact (index.js:154:12)\n';
    expect(lastErrorLine(stderr)).toBe('TypeError: fetch failed');
    expect(lastErrorLine('')).toBe('unknown error');
  });
});

describe('the browser window', () => {
  const present = (paths: string[]) => (path: string) => paths.includes(path);

  it('needs an X or Wayland display on Linux, none on Windows or macOS', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('takes CHROMIUM_PATH when given, else the usual places', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chromium' }, present(['/opt/chromium', '/usr/bin/chromium']))).toBe('/opt/chromium');
    expect(findChromium({ CHROMIUM_PATH: '/opt/none' }, present(['/usr/bin/chromium']))).toBeNull();
    expect(findChromium({}, present(['/usr/bin/chromium-browser']))).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, present([]))).toBeNull();
  });

  it('opens Chromium only where a display and Chromium exist, and says why not otherwise', () => {
    expect(browserPlan({ env: { DISPLAY: ':0' }, platform: 'linux', exists: present(['/usr/bin/chromium']) })).toEqual({ open: true, path: '/usr/bin/chromium' });
    expect(browserPlan({ env: {}, platform: 'linux', exists: present(['/usr/bin/chromium']) })).toEqual({ open: false, why: 'no display' });
    expect(browserPlan({ env: { DISPLAY: ':0' }, platform: 'linux', exists: present([]) })).toMatchObject({ open: false, why: expect.stringMatching(/no Chromium/) });
    expect(browserPlan({ env: { DISPLAY: ':0', KIOSK_NO_BROWSER: '1' }, platform: 'linux', exists: present(['/usr/bin/chromium']) })).toMatchObject({ open: false });
  });

  it('runs Chromium as a kiosk on the fresh profile it is given, at the kiosk’s address', () => {
    const args = chromiumKioskArgs('http://127.0.0.1:5173/', '/tmp/caf-kiosk-profile-abc');
    expect(args).toContain('--kiosk');
    expect(args).toContain('--user-data-dir=/tmp/caf-kiosk-profile-abc');
    expect(args).toContain('--no-first-run');
    expect(args.at(-1)).toBe('http://127.0.0.1:5173/');
  });
});
