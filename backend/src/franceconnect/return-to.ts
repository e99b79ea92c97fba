// Where the browser may be sent back after FranceConnect: a kiosk origin from configuration only, app://kiosk
// (Electron) and the web kiosks the back end is told about (WEB_KIOSK_ORIGINS: `npm run start:web`, the browser
// tests). Never an origin read from the request (its Host header is the sender's to choose): that would make
// /v1/franceconnect/start an open redirector that hands a login code to a stranger's page (OAuth 2.0 Security BCP,
// RFC 9700 §4.11).

export const KIOSK_APP_ORIGIN = 'app://kiosk';

/** `allowedOrigins`: the configured kiosk origins, e.g. `app://kiosk`, `http://localhost:5173`. */
export function checkReturnTo(value: string, allowedOrigins: readonly string[]): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password || url.hash) return null; // the code goes in the fragment; no credentials
  return allowedOrigins.includes(originOfUrl(url)) ? url : null;
}

/** A URL's origin, `app://host` for the kiosk's scheme (WHATWG gives non-special schemes the origin "null"). */
export function originOfUrl(url: URL): string {
  return url.protocol === 'app:' ? `app://${url.host}` : url.origin;
}

/** Appends `name=value` as the URL's fragment (kept out of server logs and Referer headers). */
export function withFragment(url: URL, params: Record<string, string>): string {
  const copy = new URL(url.href);
  copy.hash = new URLSearchParams(params).toString();
  return copy.href;
}
