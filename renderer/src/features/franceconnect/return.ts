// Coming back from FranceConnect (backend/src/franceconnect/README.md, steps 5–7): the back end sends the browser to
// the kiosk's start page with `#franceconnect_code=…` (a one-time code, 60 s, single use), `#franceconnect_error=…`
// or `#franceconnect_logout=done` (the end of a "Déconnexion" chained with FranceConnect's). The page loads afresh (memory history starts at the welcome), so the fragment is
// read once at start, removed from the address at once (it must not linger in history), and the first navigation
// is sent to the screen that finishes the journey.
import type { Router } from 'vue-router';
import { takeKioskVerifier } from './kiosk-proof';

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

let pending: FranceConnectReturn | null = null;

/** The return read at start, handed over once (a second call gets null: the code is single use anyway). */
export function takeFranceConnectReturn(): FranceConnectReturn | null {
  const taken = pending;
  pending = null;
  return taken;
}

export function installFranceConnectReturn(router: Router, win: Pick<Window, 'location' | 'history' | 'sessionStorage'> = window): void {
  if (!parseFranceConnectReturn(win.location.hash)) return;
  // The verifier leaves the storage whatever the outcome: it serves one return only.
  const found = parseFranceConnectReturn(win.location.hash, takeKioskVerifier(win.sessionStorage))!;
  win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  // After FranceConnect's logout, the return view ends the visit (app/use-logout.ts).
  pending = found;
  let first = true;
  router.beforeEach((to) => {
    if (!first) return true;
    first = false;
    return to.name === 'franceconnect-return' ? true : { name: 'franceconnect-return' };
  });
}
