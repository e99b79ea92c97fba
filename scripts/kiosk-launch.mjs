// The decisions of `npm start` and `npm run start:web`, apart from the processes they start (scripts/start.mjs,
// scripts/web-kiosk.mjs), so unit tests check them without network, display or Electron.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Electron's binary, fetched first when it is missing and can be: electron 45 has no postinstall and downloads lazily
 * (its index.js runs install.js at the first `require('electron')`); we run the same install script ahead of time,
 * which reads ELECTRON_MIRROR (a Caf IT mirror), electron_config_cache and the rest of @electron/get's settings.
 * `install()` resolves to null on success, or a one-phrase reason. The result is the binary, or why there is none.
 */
export async function ensureElectron({ locate, install, say, env = process.env }) {
  const before = locate();
  if (before.found || !before.installable) return before;
  say(`No Electron binary yet: fetching Electron with its install script${env.ELECTRON_MIRROR ? ` from ${env.ELECTRON_MIRROR}` : ''}…`);
  const failure = await install();
  const after = locate();
  if (after.found) return after;
  return { found: false, installable: false, reason: failure ? `its install script failed: ${failure}` : after.reason };
}

/** The line `npm start` prints when it falls back to the browser kiosk. */
export function fallbackLine(reason) {
  return `No Electron here (${reason}): starting the browser kiosk instead.`;
}

/** The last meaningful line of an install script's error output (its stack trace is noise to a newcomer). */
export function lastErrorLine(output) {
  const lines = output.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('at '));
  return lines.at(-1) ?? 'unknown error';
}

/** Whether a window can be opened: Linux and the BSDs need an X or Wayland display; Windows and macOS always have one. */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH when given (and present), else the first of the usual places, else null. */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return chromiumCandidates.find((path) => exists(path)) ?? null;
}

/**
 * Chromium as a kiosk on a profile of its own, created empty for this run and deleted after: nothing of a previous
 * visitor or of the user's own browsing, no first-run or sync screens, no translation bar, no password manager.
 */
export function chromiumKioskArgs(url, profileDir) {
  return [
    '--kiosk',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-translate',
    '--disable-features=Translate,PasswordManagerOnboarding',
    '--password-store=basic',
    '--noerrdialogs',
    url,
  ];
}

/**
 * The profile's own settings, written before Chromium first opens it: its password manager and autofill off. Every
 * visitor of one launch shares the profile, and Chromium ignores autocomplete="off" for a password field: with its
 * password manager on it offered to save the login and, the offer dismissed, kept the visitor's NIR in `Login Data`
 * (table stats) for the next one (issue 16; test/e2e/login.spec.ts "one browser profile for every visitor").
 */
export const KIOSK_PROFILE_PREFERENCES = {
  credentials_enable_service: false,
  profile: { password_manager_enabled: false },
  autofill: { profile_enabled: false, credit_card_enabled: false },
};

export function prepareKioskProfile(profileDir) {
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify(KIOSK_PROFILE_PREFERENCES));
}

/** What the browser kiosk does about a browser window: open Chromium at `path`, or only print the URL, with why. */
export function browserPlan({ env = process.env, platform = process.platform, exists = existsSync } = {}) {
  if (env.KIOSK_NO_BROWSER === '1') return { open: false, why: 'KIOSK_NO_BROWSER=1' };
  if (!hasDisplay(env, platform)) return { open: false, why: 'no display' };
  const path = findChromium(env, exists);
  return path ? { open: true, path } : { open: false, why: 'no Chromium found (set CHROMIUM_PATH)' };
}
