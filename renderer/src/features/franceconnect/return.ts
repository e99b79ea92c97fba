// Coming back from FranceConnect (backend/src/franceconnect/README.md, steps 5–7): the back end sends the browser to
// the kiosk's start page with `#franceconnect_code=…` (a one-time code, 60 s, single use), `#franceconnect_error=…`
// or `#franceconnect_logout=done` (the end of a "Déconnexion" chained with FranceConnect's). The page loads afresh
// (memory history starts at the welcome). receiveFranceConnectReturn is the one place the fragment is read: once, at
// start, before the router's first navigation. It is removed from the address at once (it must not linger in
// history), main's FranceConnect allowance is closed (whatever the outcome), the return waits in its store
// (return-store.ts) for the screen that finishes the journey, and the first navigation is sent to that screen.
import type { Router } from 'vue-router';
import type { KioskBridge } from '@shared/ipc';
import { closeFranceConnectStep } from '../../kiosk/franceconnect-step';
import { takeKioskVerifier } from './kiosk-proof';
import type { useFranceConnectReturnStore } from './return-store';

/** `verifier`: the kiosk's proof for the exchange (kiosk-proof.ts), null when this tab holds none. */
export type FranceConnectReturn = { kind: 'code'; code: string; verifier: string | null } | { kind: 'error'; code: string } | { kind: 'logout' };

export function parseFranceConnectReturn(hash: string, verifier: string | null = null): FranceConnectReturn | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('franceconnect_code');
  if (code) return { kind: 'code', code, verifier };
  const error = params.get('franceconnect_error');
  if (error) return { kind: 'error', code: error };
  if (params.get('franceconnect_logout')) return { kind: 'logout' };
  return null;
}

type Win = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

/** The return in the address, if any, taken out of it (and the kiosk's verifier out of the tab's storage). */
export function readFranceConnectReturn(win: Win = window): FranceConnectReturn | null {
  if (!parseFranceConnectReturn(win.location.hash)) return null;
  // The verifier leaves the storage whatever the outcome: it serves one return only.
  const found = parseFranceConnectReturn(win.location.hash, takeKioskVerifier(win.sessionStorage))!;
  win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  return found;
}

/** At start, before the router is installed (its install makes the first navigation). */
export function receiveFranceConnectReturn(
  router: Router,
  bridge: Pick<KioskBridge, 'setFranceConnectStep'>,
  store: ReturnType<typeof useFranceConnectReturnStore>,
  win: Win = window,
): FranceConnectReturn | null {
  const found = readFranceConnectReturn(win);
  if (!found) return null;
  closeFranceConnectStep(bridge);
  // After FranceConnect's logout, the return view ends the visit (app/use-logout.ts).
  store.pending = found;
  let first = true;
  router.beforeEach((to) => {
    if (!first) return true;
    first = false;
    return to.name === 'franceconnect-return' ? true : { name: 'franceconnect-return' };
  });
  return found;
}
