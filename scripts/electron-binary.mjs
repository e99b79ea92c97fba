// Whether Electron's binary is installed, found without `require('electron')` (which would try to download it).
// electron writes path.txt beside its package.json once the binary is in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary() {
  try {
    const pkg = createRequire(import.meta.url).resolve('electron/package.json');
    const dir = dirname(pkg);
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return { found: false, reason: 'electron/path.txt is absent: the binary was never downloaded' };
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? { found: true, path: binary } : { found: false, reason: `${binary} does not exist` };
  } catch (error) {
    return { found: false, reason: `electron is not installed (${error.message})` };
  }
}
