// The visitor's Mon Compte session for this visit: its kind ("full" opens the account space; "migration" is a migrated
// allocataire's restricted first login, « Comment je fais pour me connecter … sur mon mobile ? ») and whether
// FranceConnect opened it. The token itself is kept only by the API client (renderer/src/api/client.ts), in memory.
// Emptied at the end of the visit; the back-end session is
// revoked by revokeSession() (wired in main.ts before the token is forgotten).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../api';
import { request } from '../api/request';
import type { Session } from '../api/sessions';

export type SessionKind = Session['kind'];

/**
 * "Déconnexion" on the back end: revokes the token (DELETE /v1/sessions/current), then forgets it. A back end that
 * does not answer cannot keep the kiosk from forgetting the token; the session then dies of its idle expiry.
 */
export async function revokeSession(): Promise<void> {
  if (!api.hasToken()) return;
  try {
    await request('logout');
  } catch {
    // Nothing more the kiosk can do; the token is forgotten below either way.
  } finally {
    api.setToken(null);
  }
}

export const useSessionStore = defineStore('session', () => {
  const kind = ref<SessionKind | null>(null);
  const viaFranceConnect = ref(false);

  function open(session: Session, options: { franceConnect?: boolean } = {}) {
    api.setToken(session.token);
    kind.value = session.kind;
    viaFranceConnect.value = options.franceConnect ?? false;
  }

  function reset() {
    kind.value = null;
    viaFranceConnect.value = false;
  }

  async function logout() {
    await revokeSession();
    reset();
  }


  return { kind, viaFranceConnect, open, logout, reset };
});
