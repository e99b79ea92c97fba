// Attack (issue 16): the next visitor of a web-mode kiosk reads the last one's account from the browser's HTTP disk
// cache, since no answer carried a Cache-Control header. Failed on the code before the fix (no header at all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, SEED, type TestApp } from '../helpers';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await makeApp();
  token = await t.login(SEED.veronique.nir, SEED.veronique.password);
});
afterAll(() => t.close());

describe('attack: the account space left in the browser cache', () => {
  it.each(['/v1/me', '/v1/me/dashboard', '/v1/me/payments', '/v1/sessions/current'])('GET %s answers Cache-Control: no-store', async (url) => {
    const res = await t.call('GET', url, undefined, token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('so do refusals, unknown routes and the rate limit', async () => {
    for (const res of [await t.call('GET', '/v1/me'), await t.call('GET', '/v1/nowhere'), await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: 'Faux2021xyz' })]) {
      expect(res.headers['cache-control'], res.body).toBe('no-store');
    }
  });
});
