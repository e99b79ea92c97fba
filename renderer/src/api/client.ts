// The one axios instance of the renderer. The session token lives in memory only (never in storage), in the client's
// connection (connection.ts), and is forgotten at the end of every visit. Typed by the wire schemas of shared/api.
//
// A session can end on the back end while the visit goes on (its 2-hour cap, a revocation, a back end that lost its
// sessions): the next call made with the token gets 401 `auth.required`. The token is then forgotten at once and the
// `onSessionLost` listeners told (kiosk-app.ts ends the visit), rather than every screen having to notice it.
import axios, { isAxiosError, type AxiosInstance } from 'axios';
import { createApiConnection, type ApiConnection } from './connection';

export interface ApiClient {
  http: AxiosInstance;
  setToken(token: string | null): void;
  hasToken(): boolean;
  onSessionLost(listener: () => void): void;
}

/** `target`: a base URL, or a connection that says where the back end is at each call (it may move once configured). */
export function createApiClient(target: string | ApiConnection, timeoutMs = 15_000): ApiClient {
  const connection = typeof target === 'string' ? createApiConnection(target) : target;
  const http = axios.create({ timeout: timeoutMs, headers: { Accept: 'application/json' } });
  http.interceptors.request.use((config) => {
    config.baseURL = connection.baseURL;
    for (const [name, value] of Object.entries(connection.headers)) config.headers.set(name, value);
    const token = connection.token();
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });
  http.interceptors.response.use(undefined, (error: unknown) => {
    if (isAxiosError(error) && error.response?.status === 401) {
      const sent = error.config?.headers?.get?.('Authorization');
      const body = error.response.data as { code?: unknown } | undefined;
      if (body?.code === 'auth.required' && typeof sent === 'string' && sent.startsWith('Bearer ')) {
        connection.sessionLost(sent.slice('Bearer '.length));
      }
    }
    return Promise.reject(error);
  });
  return {
    http,
    setToken: connection.setToken,
    hasToken: connection.hasToken,
    onSessionLost: connection.onSessionLost,
  };
}
