import { describe, expect, it } from 'vitest';
import { OneTimeStore } from '../../../../backend/src/franceconnect/one-time-store';
import { checkReturnTo, withFragment } from '../../../../backend/src/franceconnect/return-to';

describe('the one-time store', () => {
  it('gives a value once, under a key of at least 32 characters', () => {
    const store = new OneTimeStore<string>(1000);
    const key = store.put('v');
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(store.take(key)).toBe('v');
    expect(store.take(key)).toBeNull();
  });

  it('forgets a value after its lifetime', () => {
    let now = 0;
    const store = new OneTimeStore<string>(1000, () => now);
    const key = store.put('v');
    now = 1000;
    expect(store.take(key)).toBeNull();
  });

  it('stays bounded, dropping the oldest entries first', () => {
    const store = new OneTimeStore<number>(60_000, Date.now, 3);
    const keys = [1, 2, 3, 4].map((n) => store.put(n));
    expect(store.size).toBe(3);
    expect(store.take(keys[0]!)).toBeNull();
    expect(store.take(keys[3]!)).toBe(4);
  });
});

describe('returnTo', () => {
  it('accepts the configured kiosk origins only', () => {
    const origins = ['app://kiosk', 'http://a:1'];
    expect(checkReturnTo('app://kiosk/index.html', origins)).not.toBeNull();
    expect(checkReturnTo('http://a:1/x?y=1', origins)).not.toBeNull();
    expect(checkReturnTo('app://kiosk/', ['http://a:1'])).toBeNull();
    expect(checkReturnTo('https://caf.example/', origins)).toBeNull();
    expect(checkReturnTo('http://a:2/', origins)).toBeNull();
    expect(checkReturnTo('app://kiosk.evil/', origins)).toBeNull();
  });

  it('carries the result in the fragment, not the query', () => {
    expect(withFragment(new URL('app://kiosk/index.html?x=1'), { franceconnect_code: 'abc' })).toBe('app://kiosk/index.html?x=1#franceconnect_code=abc');
  });
});
