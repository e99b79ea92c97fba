// A FranceConnect login leaves the app: the window navigates to the back end's /v1/franceconnect/start, then to
// FranceConnect and its identity providers, then back to the app with #franceconnect_code=… (backend/src/franceconnect
// README). Main allows the FranceConnect origins only while the renderer says a FranceConnect step is under way
// (electron/main/navigation.ts); these two functions open and close that window of time.
import type { KioskBridge } from '@shared/ipc';

/** Opens the step, then navigates the whole window to `url` (navigation, not XHR: FranceConnect needs the page). */
export function goToFranceConnect(bridge: Pick<KioskBridge, 'setFranceConnectStep'>, url: string, win: Window = window): void {
  bridge.setFranceConnectStep(true);
  win.location.assign(url);
}

/** At start, when the page came back from FranceConnect (features/franceconnect/return.ts), whatever the outcome. */
export function closeFranceConnectStep(bridge: Pick<KioskBridge, 'setFranceConnectStep'>): void {
  bridge.setFranceConnectStep(false);
}
