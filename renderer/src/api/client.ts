// The one axios instance of the renderer. The session token lives in this module's memory only (never in storage) and
// is forgotten at the end of every visit. Typed by the wire schemas of shared/api.
import axios, { type AxiosInstance } from 'axios';

export interface ApiClient {
  http: AxiosInstance;
  setToken(token: string | null): void;
  hasToken(): boolean;
}

export function createApiClient(baseURL: string, timeoutMs = 15_000): ApiClient {
  let token: string | null = null;
  const http = axios.create({ baseURL, timeout: timeoutMs, headers: { Accept: 'application/json' } });
  http.interceptors.request.use((config) => {
    if (token) config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });
  return {
    http,
    setToken(next) {
      token = next;
    },
    hasToken: () => token !== null,
  };
}
