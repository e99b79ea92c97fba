import { describe, expect, it } from 'vitest';
import { fail, ok } from '@shared/domain/check';

describe('Check', () => {
  it('wraps a value or an error code', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    expect(fail('nir.key')).toEqual({ ok: false, error: 'nir.key' });
  });
});
