import { describe, expect, it } from 'vitest';
import { memoryOneTimeState, OneTimeStore } from '../../../../backend/src/franceconnect/one-time-store';
import { checkReturnTo, withFragment } from '../../../../backend/src/franceconnect/return-to';

describe('the one-time store in memory (the plugin on its own)', () => {
  it('gives a value once, under a key of at least 32 characters', async () => {
    const store = new OneTimeStore<string>(memoryOneTimeState(), 's', 1000);
    const key = await store.put('v');
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(await store.take(key)).toBe('v');
    expect(await store.take(key)).toBeNull();
  });

  it('forgets a value after its lifetime', async () => {
    let now = 0;
    const store = new OneTimeStore<string>(memoryOneTimeState(() => now), 's', 1000);
    const key = await store.put('v');
    now = 1000;
    expect(await store.take(key)).toBeNull();
  });

  it('keeps spaces apart', async () => {
    const state = memoryOneTimeState();
    const key = await new OneTimeStore<string>(state, 'login', 1000).put('v');
    expect(await new OneTimeStore<string>(state, 'handoff', 1000).take(key)).toBeNull();
  });

  it('stays bounded, dropping the oldest entries first', async () => {
    const state = memoryOneTimeState(Date.now, 3);
    const store = new OneTimeStore<number>(state, 's', 60_000);
    const keys = await Promise.all([1, 2, 3, 4].map((n) => store.put(n)));
    expect(state.size).toBe(3);
    expect(await store.take(keys[0]!)).toBeNull();
    expect(await store.take(keys[3]!)).toBe(4);
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
