// Where the browser may be sent back after FranceConnect: the kiosk app (app://kiosk, Electron) or the origin the
// request came from (web mode: the renderer and the back end share one origin through Vite's proxy), plus origins
// given by configuration. Anything else would make /v1/franceconnect/start an open redirector that hands a login
// code to a stranger's page (OAuth 2.0 Security BCP, RFC 9700 §4.11).

export const KIOSK_APP_ORIGIN = 'app://kiosk';

/** `requestOrigin`: the origin of the request that asks (scheme and Host as the back end received them). */
export function checkReturnTo(value: string, requestOrigin: string, extraOrigins: readonly string[] = []): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password || url.hash) return null; // the code goes in the fragment; no credentials
  const origin = url.protocol === 'app:' ? `app://${url.host}` : url.origin; // non-special schemes have origin "null"
  const allowed = [KIOSK_APP_ORIGIN, requestOrigin, ...extraOrigins];
  return allowed.includes(origin) ? url : null;
}

/** Appends `name=value` as the URL's fragment (kept out of server logs and Referer headers). */
export function withFragment(url: URL, params: Record<string, string>): string {
  const copy = new URL(url.href);
  copy.hash = new URLSearchParams(params).toString();
  return copy.href;
}
