// "Déconnexion" (seed 003: "Je pense à me déconnecter en cliquant sur le bouton Déconnexion"): the back end revokes the
// token first, then the visit ends (every store is emptied, main wipes the renderer) and the welcome screen returns.
// A session opened through FranceConnect also ends at FranceConnect (shared/api/franceconnect.ts, step 7): the
// browser goes to its logout page and comes back to the kiosk's start, which is a new visit.
import { useEndVisit } from '../../app/use-end-visit';
import { api } from '../../api';
import { franceConnectApi } from '../../api/franceconnect';
import { revokeSession, useSessionStore } from '../login/session-store';

export function useLogout() {
  const session = useSessionStore();
  const endVisit = useEndVisit();
  return async () => {
    let endSessionUrl: string | null = null;
    if (session.viaFranceConnect && api.hasToken()) {
      try {
        endSessionUrl = (await franceConnectApi.logout(kioskStartUrl())).endSessionUrl;
        api.setToken(null);
      } catch {
        // Fall back to the plain revocation below.
      }
    }
    await revokeSession();
    await endVisit('logout');
    if (endSessionUrl) window.location.assign(endSessionUrl);
  };
}

/** The kiosk's own start page, without query or fragment. */
export function kioskStartUrl(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
