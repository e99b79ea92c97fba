// Every language has every message: the same keys as French, none empty, and a message for every error code the back
// end or shared/domain can answer. Adding a language = adding its files; this test says what is still missing.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@shared/api/errors';
import { kioskMessages } from '@renderer/i18n';
import { easyReadAsIs, notVisitorScreens } from '@renderer/i18n/easy-read-as-is';
import { easyReadLanguages, languages } from '@renderer/kiosk/languages';

type Tree = { [key: string]: unknown };

function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree === 'string' || Array.isArray(tree) || typeof tree !== 'object' || tree === null) {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree as Tree)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}

const french = leaves(kioskMessages.fr);
const messagesOf = (code: string) => kioskMessages[code as keyof typeof kioskMessages];

/** The domain's codes the back end and the renderer's schemas answer (`nir.key`, `password.rules`, …). */
const domainCodes = [...french.keys()].filter((k) => k.startsWith('errors.')).map((k) => k.slice('errors.'.length));

describe('the messages of every language', () => {
  for (const { code } of languages) {
    it(`${code} has every key of French, and no other`, () => {
      const own = leaves(messagesOf(code));
      expect([...french.keys()].filter((k) => !own.has(k)), `missing in ${code}`).toEqual([]);
      expect([...own.keys()].filter((k) => !french.has(k)), `unknown in ${code}`).toEqual([]);
    });

    it(`${code} has no empty message, and lists as long as French`, () => {
      for (const [key, value] of leaves(messagesOf(code))) {
        const fr = french.get(key);
        if (Array.isArray(fr) && fr.length === 0) continue; // a French-only-empty list (the CGU summary)
        if (Array.isArray(value)) expect(value.length, key).toBe((fr as unknown[]).length);
        else expect(String(value).trim(), key).not.toBe('');
      }
    });

    it(`${code} has a message for every error code of the back end`, () => {
      const own = leaves(messagesOf(code));
      const missing = Object.keys(ERROR_CODES).filter((c) => typeof own.get(`errors.${c}`) !== 'string');
      expect(missing).toEqual([]);
      expect(domainCodes.filter((c) => !own.has(`errors.${c}`))).toEqual([]);
    });
  }

  for (const code of easyReadLanguages) {
    it(`the easy-read version of ${code} rewrites only existing keys`, () => {
      const easy = leaves(messagesOf(`${code}-x-facile`));
      expect(easy.size).toBeGreaterThan(0);
      expect([...easy.keys()].filter((k) => !french.has(k))).toEqual([]);
      // A rewritten list (the questions of a help topic) keeps as many items as the ordinary one, and none is empty.
      for (const [key, value] of easy) {
        if (Array.isArray(value)) expect(value.length, key).toBe((french.get(key) as unknown[]).length);
        else expect(String(value).trim(), key).not.toBe('');
      }
    });
  }

  /** The keys of a screen's texts in the easy-read versions' scope (easy-read-as-is.ts). */
  const screenKeys = [...french.keys()].filter((k) => !notVisitorScreens.some((part) => k.startsWith(part)));
  const placeholders = (text: unknown) => [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name, i, all) => all.indexOf(name) === i).sort();

  for (const code of easyReadLanguages) {
    it(`the easy-read version of ${code} rewrites every screen's text, or lists it as already easy to read`, () => {
      const easy = leaves(messagesOf(`${code}-x-facile`));
      expect(screenKeys.filter((k) => !easy.has(k) && !easyReadAsIs.includes(k)), `not rewritten in ${code}-x-facile`).toEqual([]);
      // A text listed as already easy is not rewritten as well: the list would lie.
      expect(easyReadAsIs.filter((k) => easy.has(k)), `rewritten in ${code}-x-facile and listed as is`).toEqual([]);
    });

    it(`the easy-read version of ${code} has its own text for every error code of the back end and the domain`, () => {
      // Checked apart from the screens' texts: an error shows under a field or at the top of any screen, and falling
      // back to the ordinary text would put a text written for someone else in the middle of an easy-read screen.
      const easy = leaves(messagesOf(`${code}-x-facile`));
      const codes = [...Object.keys(ERROR_CODES), ...domainCodes].filter((c, i, all) => all.indexOf(c) === i && c !== 'summaryTitle');
      expect(codes.length).toBeGreaterThan(90);
      expect(codes.filter((c) => typeof easy.get(`errors.${c}`) !== 'string'), `no easy-read text in ${code}-x-facile`).toEqual([]);
    });

    it(`the easy-read version of ${code} keeps every placeholder of the ordinary text ({destination}, {date}…)`, () => {
      const ordinary = leaves(messagesOf(code));
      for (const [key, value] of leaves(messagesOf(`${code}-x-facile`))) expect(placeholders(value), key).toEqual(placeholders(ordinary.get(key)));
    });
  }

  it('lists as already easy to read only texts that exist, once', () => {
    expect(easyReadAsIs.filter((k) => !french.has(k))).toEqual([]);
    expect(easyReadAsIs.filter((k) => notVisitorScreens.some((part) => k.startsWith(part)))).toEqual([]);
    expect(new Set(easyReadAsIs).size).toBe(easyReadAsIs.length);
  });
});

