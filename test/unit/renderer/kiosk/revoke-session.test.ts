import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@renderer/api/client';
import { revokeSessionHook } from '@renderer/kiosk/revoke-session';

describe('revoking the session at the end of a visit', () => {
  it('revokes the current session with its bearer token, then forgets the token', async () => {
    const api = createApiClient('http://backend.test');
    const seen: Array<{ method?: string; url?: string; auth?: unknown }> = [];
    api.http.defaults.adapter = async (config) => {
      seen.push({ method: config.method, url: config.url, auth: config.headers.get('Authorization') });
      return { data: null, status: 204, statusText: 'No Content', headers: {}, config };
    };
    api.setToken('tok-123');
    await revokeSessionHook(api)();
    expect(seen).toEqual([{ method: 'delete', url: '/v1/sessions/current', auth: 'Bearer tok-123' }]);
    expect(api.hasToken()).toBe(false);
  });

  it('forgets the token even when the back end is down', async () => {
    const api = createApiClient('http://backend.test');
    api.http.defaults.adapter = async () => {
      throw new Error('ECONNREFUSED');
    };
    api.setToken('tok-123');
    await expect(revokeSessionHook(api)()).rejects.toThrow();
    expect(api.hasToken()).toBe(false);
  });

  it('calls nothing when no one logged in', async () => {
    const api = createApiClient('http://backend.test');
    const adapter = vi.fn();
    api.http.defaults.adapter = adapter;
    await revokeSessionHook(api)();
    expect(adapter).not.toHaveBeenCalled();
  });
});
