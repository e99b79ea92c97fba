// The one axios instance of the renderer. The session token lives in this module's memory only (never in storage) and
// is forgotten at the end of every visit. Typed by the wire schemas of shared/api.
//
// A session can end on the back end while the visit goes on (its 2-hour cap, a revocation, a back end that lost its
// sessions): the next call made with the token gets 401 `auth.required`. The token is then forgotten at once and the
// `onSessionLost` listeners told (main.ts ends the visit), rather than every screen having to notice it.
import axios, { isAxiosError, type AxiosInstance } from 'axios';

export interface ApiClient {
  http: AxiosInstance;
  setToken(token: string | null): void;
  hasToken(): boolean;
  onSessionLost(listener: () => void): void;
}

export function createApiClient(baseURL: string, timeoutMs = 15_000): ApiClient {
  let token: string | null = null;
  const http = axios.create({ baseURL, timeout: timeoutMs, headers: { Accept: 'application/json' } });
  http.interceptors.request.use((config) => {
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });
  const sessionLost = new Set<() => void>();
  http.interceptors.response.use(undefined, (error: unknown) => {
    if (isAxiosError(error) && error.response?.status === 401) {
      const sent = error.config?.headers?.get?.('Authorization');
      const body = error.response.data as { code?: unknown } | undefined;
      // Only the token this call carried, and only if it is still the current one (not a newer session's).
      if (body?.code === 'auth.required' && token !== null && sent === `Bearer ${token}`) {
        token = null;
        for (const listener of sessionLost) listener();
      }
    }
    return Promise.reject(error);
  });
  return {
    http,
    setToken(next) {
      token = next;
    },
    hasToken: () => token !== null,
    onSessionLost(listener) {
      sessionLost.add(listener);
    },
  };
}
