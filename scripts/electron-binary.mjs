// Where Electron's binary is, found the way electron's own index.js finds it but without `require('electron')`
// (which would start a download): ELECTRON_OVERRIDE_DIST_PATH when set (an Electron already on the machine), else
// dist/<path.txt> beside electron's package.json, which electron's install script writes once the binary is there.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The executable's path inside a dist folder, as electron's install.js names it per platform. */
export function platformExecutable(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * `found`: the binary exists at `path`. Otherwise `reason` says why in one phrase, and `installable` whether electron's
 * install script could fetch it (not when an override names a missing folder, nor without the electron package).
 */
export function electronBinary({ env = process.env, packageDir = electronPackageDir(), platform = process.platform } = {}) {
  if (packageDir === null) return { found: false, installable: false, reason: 'the electron package is not installed (npm ci)' };
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, recorded || platformExecutable(platform));
    return existsSync(path)
      ? { found: true, path }
      : { found: false, installable: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron at ${path}` };
  }
  if (recorded === null) return { found: false, installable: true, reason: 'electron/path.txt is absent: the binary was never downloaded' };
  const path = join(packageDir, 'dist', recorded);
  return existsSync(path) ? { found: true, path } : { found: false, installable: true, reason: `${path} does not exist` };
}
