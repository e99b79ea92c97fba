// What Electronegativity cannot see (its checks stop at 2023 and do not follow builder functions): fuses, IPC
// registration, the preload's surface, and file:// anywhere. Read from the sources, so a regression fails here.
import { FuseV1Options } from '@electron/fuses';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '@shared/ipc';
import { fuseConfig } from '../../../electron/build/fuses.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** The code of a file without its comments (whole-line // and block comments: comments may name what code must not do). */
const code = (path: string) =>
  read(path)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path, extensions) : extensions.test(name) ? [path] : [];
  });
}

describe('the packaged binary’s fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect, turn on cookie encryption and asar integrity', () => {
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuseConfig[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true);
  });

  it('set every fuse @electron/fuses knows', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const fuse of known) expect(fuseConfig).toHaveProperty(String(fuse));
  });

  it('are flipped by electron-builder’s afterPack hook, with asar on', () => {
    const builder = read('electron-builder.yml');
    expect(builder).toMatch(/^afterPack: electron\/build\/after-pack\.mjs$/m);
    expect(builder).toMatch(/^asar: true$/m);
    expect(read('electron/build/after-pack.mjs')).toContain('flipFuses(');
  });
});

describe('the IPC surface', () => {
  const main = read('electron/main/wire.ts');

  it('registers every bridge verb through the validating guard, never ipcMain directly', () => {
    expect(main).not.toMatch(/ipcMain\.(handle|on|once|handleOnce)\(/);
    for (const verb of Object.keys(ipcChannels)) {
      expect(main).toMatch(new RegExp(`handle(Invoke|Send)\\(ipcMain, '${verb}', guard,`));
    }
  });

  it('exposes from the preload one object of verbs, never ipcRenderer or a generic send', () => {
    const preload = code('electron/preload/index.ts').replace(/^import .*$/gm, '');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('kiosk', bridge\)/);
    expect(preload).not.toMatch(/ipcRenderer\s*[,}]/); // not passed along as a value
    expect(preload).not.toMatch(/\(channel|\.\.\.args/); // no pass-through of arbitrary channels
    for (const verb of Object.keys(ipcChannels)) expect(preload).toContain(`ipcChannels.${verb}`);
  });
});

describe('file://', () => {
  it('appears nowhere in main, preload, renderer or shared code, and nothing loads a file', () => {
    const sources = [
      ...filesUnder('electron', /\.(ts|mjs)$/),
      ...filesUnder('renderer/src', /\.(ts|vue)$/),
      ...filesUnder('shared', /\.ts$/),
      'renderer/index.html',
    ];
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.filter((path) => /file:\/\/|loadFile\(|pathToFileURL/.test(code(path)));
    expect(offenders).toEqual([]);
  });
});
