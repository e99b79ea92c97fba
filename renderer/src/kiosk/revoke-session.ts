// The first thing the end of a visit does in the renderer: revoke the back-end session, whichever journey opened it
// (DELETE /v1/sessions/current revokes any session), then forget the token. The renderer is reloaded or destroyed
// afterwards anyway (second layer). A back end that does not answer within 3 s must not keep the kiosk from clearing:
// the session then dies by its own idle expiry.
import type { ApiClient } from '../api/client';

export const revokeTimeoutMs = 3000;

export function revokeSessionHook(api: Pick<ApiClient, 'http' | 'hasToken' | 'setToken'>): () => Promise<void> {
  return async () => {
    try {
      if (api.hasToken()) await api.http.delete('/v1/sessions/current', { timeout: revokeTimeoutMs });
    } finally {
      api.setToken(null);
    }
  };
}
