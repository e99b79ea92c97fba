// What the renderer holds of its back end outside the HTTP client: where it is, the kiosk's site header, the session
// token and who to tell when the back end ends that session. No axios here: the start of a visit (kiosk-app.ts)
// configures the back end and ends sessions through this module, so the welcome screen loads no HTTP client; the
// client (client.ts) reads it on every call, and comes with the first journey that calls the back end.
export interface ApiConnection {
  /** The back end's origin ('' in web mode: the page's own origin proxies it). */
  baseURL: string;
  /** Headers sent with every call (the kiosk's site). */
  headers: Record<string, string>;
  setToken(token: string | null): void;
  token(): string | null;
  hasToken(): boolean;
  onSessionLost(listener: () => void): void;
  /** The back end ended the session `token` was sent for: forgotten, and the listeners told, if it is still current. */
  sessionLost(token: string): void;
}

export function createApiConnection(baseURL = ''): ApiConnection {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    baseURL,
    headers: {},
    setToken(next) {
      current = next;
    },
    token: () => current,
    hasToken: () => current !== null,
    onSessionLost(listener) {
      listeners.add(listener);
    },
    sessionLost(token) {
      // Only the token the call carried, and only if it is still the current one (not a newer session's).
      if (current === null || token !== current) return;
      current = null;
      for (const listener of listeners) listener();
    },
  };
}

/** The renderer's one connection, shared by its one client (api/index.ts). */
export const connection = createApiConnection();
