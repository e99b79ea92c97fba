// "Déconnexion" (« Me connecter à Mon Compte »: "Je pense à me déconnecter en cliquant sur le bouton Déconnexion"): the
// back end revokes the token first, then the visit ends (every store is emptied, main wipes the renderer) and the
// welcome screen returns.
// A session opened through FranceConnect also ends at FranceConnect (shared/api/franceconnect.ts, step 7), or the
// next visitor could find FranceConnect still logged in: the back end revokes the token and gives FranceConnect's
// logout URL; the window goes there and comes back to the kiosk's start with #franceconnect_logout=done, where the
// return view ends the visit (features/franceconnect/return.ts). Leaving the page drops every store's memory anyway.
import { useKiosk } from '../kiosk/kiosk-context';
import { useEndVisit } from './use-end-visit';
import { api } from '../api';
import { request } from '../api/request';
import { goToFranceConnect } from '../kiosk/franceconnect-step';
import { revokeSession, useSessionStore } from './session-store';

export function useLogout() {
  const session = useSessionStore();
  const endVisit = useEndVisit();
  const { bridge } = useKiosk();
  return async () => {
    if (session.viaFranceConnect && api.hasToken()) {
      try {
        const { endSessionUrl } = await request('franceConnectLogout', { body: { returnTo: kioskStartUrl() } });
        api.setToken(null);
        if (endSessionUrl) {
          goToFranceConnect(bridge, endSessionUrl);
          return;
        }
      } catch {
        // Fall back to the plain revocation below.
      }
    }
    await revokeSession();
    await endVisit('logout');
  };
}

/** The kiosk's own start page, without fragment (its query holds the web mode's settings, e.g. keyboard=off). */
export function kioskStartUrl(): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}`;
}
