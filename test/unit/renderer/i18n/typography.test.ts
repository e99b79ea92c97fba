// The English texts quote with English quotation marks (“Forgotten password?”), not French guillemets with ordinary
// spaces inside: in large text « Forgotten password? » ended a line and its « » » began the next (swept screenshots,
// 2 December 2026).
import { describe, expect, it } from 'vitest';
import { kioskMessages } from '@renderer/i18n';

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

describe('the English texts', () => {
  for (const locale of ['en', 'en-x-facile'] as const) {
    it(`quote with English quotation marks (${locale})`, () => {
      const found = [...strings(kioskMessages[locale], '')].filter(([, text]) => /[«»]/.test(text)).map(([path, text]) => `${path}: ${text}`);
      expect(found).toEqual([]);
    });
  }
});
