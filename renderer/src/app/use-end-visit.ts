// Ends the visit from a screen ("Quitter", "Déconnexion"): every onVisitEnd hook runs (stores, token, keyboard), main
// is told through the bridge, and the screen goes back to the welcome. In Electron main reloads the renderer anyway;
// in web mode the page stays, so the router must leave the visitor's screen itself.
import { useRouter } from 'vue-router';
import type { VisitEndReason } from '@shared/ipc';
import { useKiosk } from '../kiosk/kiosk-context';

export function useEndVisit() {
  const { visit } = useKiosk();
  const router = useRouter();
  return async (reason: VisitEndReason) => {
    await visit.endVisit(reason);
    await router.replace({ name: 'welcome' });
  };
}
