// electron-builder afterPack hook: flips the fuses of electron/build/fuses.mjs into the packaged Electron binary,
// before electron-builder signs it and builds the AppImage, deb and NSIS targets.
import { flipFuses } from '@electron/fuses';
import { join } from 'node:path';
import { fuseConfig } from './fuses.mjs';

export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  const binary = {
    win32: join(appOutDir, `${name}.exe`),
    darwin: join(appOutDir, `${name}.app`),
    linux: join(appOutDir, packager.executableName ?? name),
  }[electronPlatformName];
  if (!binary) throw new Error(`afterPack: no fuse target for platform ${electronPlatformName}`);
  await flipFuses(binary, { ...fuseConfig, resetAdHocDarwinSignature: electronPlatformName === 'darwin' });
  console.log(`afterPack: fuses flipped in ${binary}`);
}
