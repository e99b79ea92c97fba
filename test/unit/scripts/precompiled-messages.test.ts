/// <reference types="vite/client" />
// (vite/client: the renderer's messages, imported here, read import.meta.env.)
// The messages compiled at build time (scripts/precompiled-messages.ts): the build ships vue-i18n without its message
// compiler, so every message that needs compiling must arrive compiled, and say exactly what the source text says.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { compiledMessage, messageFile, precompileMessageModule } from '../../../scripts/precompiled-messages';
import { kioskMessages } from '../../../renderer/src/i18n/index';

type Tree = { [key: string]: Tree | Tree[] | string | string[] };

/** Every message of `tree` as the build ships it. */
function precompiled(tree: unknown): unknown {
  if (typeof tree === 'string') return JSON.parse(compiledMessage(tree, 'test'));
  if (Array.isArray(tree)) return tree.map(precompiled);
  return Object.fromEntries(Object.entries(tree as Tree).map(([k, v]) => [k, precompiled(v)]));
}

/** [key path, message] for every message of `tree`. */
function messagesOf(tree: unknown, path: string[] = []): [string, string][] {
  if (typeof tree === 'string') return [[path.join('.'), tree]];
  return Object.entries(tree as Tree).flatMap(([k, v]) => messagesOf(v, [...path, k]));
}

describe('messages compiled at build time', () => {
  it('says exactly what vue-i18n says of the source text, in every locale, with placeholders and plurals', () => {
    const named = { label: '«label»', count: 3, seconds: 12, minutes: 5, time: '10:42', n: 2, name: '«name»' };
    const source = createI18n({ legacy: false, locale: 'fr', messages: kioskMessages, missingWarn: false, fallbackWarn: false });
    // vue-i18n formats an AST as the build's runtime does; a string the build kept is one that shows as written (below).
    const shipped = createI18n({
      legacy: false,
      locale: 'fr',
      messages: precompiled(kioskMessages) as typeof kioskMessages,
      missingWarn: false,
      fallbackWarn: false,
    });
    let checked = 0;
    for (const locale of Object.keys(kioskMessages) as (keyof typeof kioskMessages)[]) {
      for (const [key] of messagesOf(kioskMessages[locale])) {
        for (const choice of [0, 1, 5]) {
          const a = source.global.t(key, choice, { locale, named });
          const b = shipped.global.t(key, choice, { locale, named });
          expect(b, `${locale} ${key} (${choice})`).toBe(a);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('leaves as strings only messages that need no compiling (the build’s runtime returns a string as it is)', () => {
    const all = Object.values(kioskMessages).flatMap((tree) => messagesOf(tree));
    const kept = all.filter(([, m]) => compiledMessage(m, 'x') === JSON.stringify(m));
    const compiled = all.filter(([, m]) => compiledMessage(m, 'x') !== JSON.stringify(m));
    expect(kept.length).toBeGreaterThan(1000);
    expect(compiled.length).toBeGreaterThan(50);
    for (const [key, m] of kept) expect(m, key).not.toMatch(/[{}|]|@[.:]/);
    for (const [key, m] of compiled) expect(m, key).toMatch(/[{}|@]/);
  });

  it('keeps a message that shows as written a string, and compiles the others', () => {
    expect(compiledMessage('Bienvenue à la Caf', 'x')).toBe('"Bienvenue à la Caf"');
    expect(JSON.parse(compiledMessage('Aide : {label}', 'x'))).toMatchObject({ t: 0, b: { t: 2 } });
    expect(JSON.parse(compiledMessage('aucun | un | {count}', 'x'))).toMatchObject({ t: 0, b: { t: 1 } });
    // A literal shows differently from its source: compiled too.
    expect(compiledMessage("a {'@'} b", 'x')).not.toBe(JSON.stringify("a {'@'} b"));
    expect(() => compiledMessage('Aide : {label', 'renderer/src/x.ts')).toThrow(/renderer\/src\/x\.ts.*does not compile/);
  });

  it('compiles property values and array elements only, at the right place in text with accents', () => {
    const code = [
      "import { x } from './messages.fr';",
      "export const m = { 'clé-é': 'Réessayer {n}', a: `Créer`, list: ['é {x}', 'deux'], nested: { ...x, y: 'Où ?' } };",
    ].join('\n');
    const out = precompileMessageModule(code, 'm.ts');
    expect(out).toContain("import { x } from './messages.fr';");
    expect(out).toContain(`'clé-é': ${compiledMessage('Réessayer {n}', '')}`);
    expect(out).toContain('a: "Créer"');
    expect(out).toContain(`list: [${compiledMessage('é {x}', '')}, "deux"]`);
    expect(out).toContain('y: "Où ?"');
  });

  it('applies to the message files and to nothing else', () => {
    for (const file of [
      'features/login/messages.fr.ts',
      'features/welcome/easy-read.en.ts',
      'kiosk/messages.ar.ts',
      'kiosk/agent/messages.en.ts',
      'i18n/fr.ts',
      'i18n/errors.en.ts',
      'i18n/help.easy-read.fr.ts',
      'i18n/easy-read.fr.ts',
    ]) expect(messageFile.test(`/k/renderer/src/${file}`), file).toBe(true);
    for (const file of ['i18n/index.ts', 'i18n/on-demand.ts', 'i18n/easy-read.ts', 'i18n/easy-read-as-is.ts', 'features/login/schemas.ts', 'kiosk/languages.ts']) {
      expect(messageFile.test(`/k/renderer/src/${file}`), file).toBe(false);
    }
  });

  it('covers every file the locales take their messages from (a message file the plugin misses would ship raw)', () => {
    const root = resolve('renderer/src/i18n');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, from] of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)';/gm)) {
        visit(`${resolve(dirname(file), from!)}.ts`);
      }
    };
    for (const locale of ['fr', 'en', 'ar', 'easy-read.fr', 'easy-read.en']) visit(`${root}/${locale}.ts`);
    const files = [...seen].filter((f) => !f.endsWith('/i18n/easy-read.ts'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !messageFile.test(f))).toEqual([]);
  });
});
