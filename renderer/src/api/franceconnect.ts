// J3 "S'identifier avec FranceConnect" (shared/api/franceconnect.ts): the browser leaves for the back end's start URL
// (a navigation, not XHR) and comes back with a one-time code in the fragment, exchanged here over request().
import { connection } from './connection';
import { request } from './request';

export type { FranceConnectPrefill, FranceConnectResult } from '@shared/api/franceconnect';

/**
 * The URL the kiosk navigates to; `returnTo` is where the back end sends the browser back (no fragment), `challenge`
 * the kiosk's proof key (features/franceconnect/kiosk-proof.ts).
 */
export function franceConnectStartUrl(returnTo: string, challenge: string): string {
  const base = connection.baseURL.replace(/\/$/, '');
  return `${base}/v1/franceconnect/start?returnTo=${encodeURIComponent(returnTo)}&challenge=${encodeURIComponent(challenge)}`;
}

export const franceConnectApi = {
  exchange: (code: string, verifier: string) => request('franceConnectExchange', { body: { code, verifier } }),
  logout: (returnTo: string) => request('franceConnectLogout', { body: { returnTo } }),
};
