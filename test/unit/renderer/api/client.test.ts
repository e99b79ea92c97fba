import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@renderer/api/client';
import { createApiConnection } from '@renderer/api/connection';

/** A client whose back end answers every call with `status` and `{ code }`, after `before()` ran (mid-flight). */
function clientAnswering(status: number, code: string, before: () => void = () => undefined) {
  const client = createApiClient('http://backend');
  client.http.defaults.adapter = async (config: InternalAxiosRequestConfig) => {
    before();
    const response = { status, statusText: '', data: { code, message: code }, headers: {}, config };
    throw new AxiosError(code, AxiosError.ERR_BAD_REQUEST, config, null, response);
  };
  return client;
}

describe('the API client and a session the back end ended', () => {
  it('forgets the token and tells its listeners when a call made with it gets 401 auth.required', async () => {
    const client = clientAnswering(401, 'auth.required');
    const lost = vi.fn();
    client.onSessionLost(lost);
    client.setToken('t1');
    await expect(client.http.get('/v1/me')).rejects.toThrow();
    expect(lost).toHaveBeenCalledTimes(1);
    expect(client.hasToken()).toBe(false);
  });

  it('says nothing of a wrong password (401 auth.invalidCredentials) or of a call made without a token', async () => {
    const wrongPassword = clientAnswering(401, 'auth.invalidCredentials');
    const lost = vi.fn();
    wrongPassword.onSessionLost(lost);
    await expect(wrongPassword.http.post('/v1/sessions', {})).rejects.toThrow();
    const noToken = clientAnswering(401, 'auth.required');
    noToken.onSessionLost(lost);
    await expect(noToken.http.get('/v1/me')).rejects.toThrow();
    expect(lost).not.toHaveBeenCalled();
  });

  it('keeps a newer session when an answer about the previous token arrives late', async () => {
    const client: ReturnType<typeof createApiClient> = clientAnswering(401, 'auth.required', () => client.setToken('t2'));
    const lost = vi.fn();
    client.onSessionLost(lost);
    client.setToken('t1');
    await expect(client.http.get('/v1/me')).rejects.toThrow();
    expect(lost).not.toHaveBeenCalled();
    expect(client.hasToken()).toBe(true);
  });

  it('sends the token it holds as a bearer token', async () => {
    const client = createApiClient('http://backend');
    let sent: unknown;
    client.http.defaults.adapter = async (config) => {
      sent = AxiosHeaders.from(config.headers).get('Authorization');
      return { status: 200, statusText: 'OK', data: {}, headers: {}, config };
    };
    client.setToken('t1');
    await client.http.get('/v1/me');
    expect(sent).toBe('Bearer t1');
  });
});

describe('the API client on a connection', () => {
  it('calls the back end the connection names at the time of the call, with its headers and token', async () => {
    const connection = createApiConnection();
    const client = createApiClient(connection);
    const seen: { url?: string; site?: unknown; auth?: unknown }[] = [];
    client.http.defaults.adapter = async (config) => {
      const headers = AxiosHeaders.from(config.headers);
      seen.push({ url: `${config.baseURL}${config.url}`, site: headers.get('X-Kiosk-Site'), auth: headers.get('Authorization') });
      return { status: 200, statusText: 'OK', data: {}, headers: {}, config };
    };
    // Configured after the client was made, as kiosk-app.ts does once the bridge answers.
    connection.baseURL = 'http://backend';
    connection.headers['X-Kiosk-Site'] = 'Caf%20de%20test';
    connection.setToken('t1');
    await client.http.get('/v1/me');
    expect(seen).toEqual([{ url: 'http://backend/v1/me', site: 'Caf%20de%20test', auth: 'Bearer t1' }]);
  });

  it('ends the connection’s session on 401 auth.required, for whoever holds the connection', async () => {
    const connection = createApiConnection('http://backend');
    const client = createApiClient(connection);
    client.http.defaults.adapter = async (config) => {
      const response = { status: 401, statusText: '', data: { code: 'auth.required' }, headers: {}, config };
      throw new AxiosError('auth.required', AxiosError.ERR_BAD_REQUEST, config, null, response);
    };
    const lost = vi.fn();
    connection.onSessionLost(lost);
    connection.setToken('t1');
    await expect(client.http.get('/v1/me')).rejects.toThrow();
    expect(lost).toHaveBeenCalledTimes(1);
    expect(connection.hasToken()).toBe(false);
  });
});
