// (In the backend project for its Node types: it reads the renderer's sources as files, it runs none of them.)
// Attack (issue 16): the next visitor of a web-mode kiosk is offered the last one's NIR by the browser's form history,
// and Chromium offered to save her password, because the login form asked for autocomplete="username" /
// "current-password" and other fields for "tel", "email", "bday", addresses. No field or form of the renderer may
// invite a browser to remember anything: every autocomplete is "off" (or "new-password", which fills nothing), every
// <form> says autocomplete="off". Failed on the code before the fix (LoginView, EtatCivilView, ContactFields, …).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../../renderer/src');
const vueFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? vueFiles(join(dir, entry.name)) : entry.name.endsWith('.vue') ? [join(dir, entry.name)] : []);

describe('attack: a browser that remembers the last visitor', () => {
  const files = vueFiles(root).map((path) => ({ path: path.slice(root.length + 1), text: readFileSync(path, 'utf8') }));

  it('finds the renderer\'s components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no autocomplete token that asks to remember or fill a value', () => {
    const offending = files.flatMap(({ path, text }) =>
      [...text.matchAll(/(?<![\w-]):?autocomplete="([^"]*)"/g)]
        .filter((m) => !['off', 'new-password', 'autocomplete', "autocomplete ?? 'new-password'"].includes(m[1]!))
        .map((m) => `${path}: ${m[0]}`));
    expect(offending).toEqual([]);
  });

  it('has every <form> say autocomplete="off"', () => {
    const offending = files.flatMap(({ path, text }) =>
      [...text.matchAll(/<form\b[^>]*>/g)].filter((m) => !m[0].includes('autocomplete="off"')).map((m) => `${path}: ${m[0]}`));
    expect(offending).toEqual([]);
  });
});
