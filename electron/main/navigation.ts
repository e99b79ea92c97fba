// Where a visit window may go: the app itself, the configured back end and, only while a FranceConnect step is under
// way, the FranceConnect origins (issue 6, "Lockdown"). Everything else is refused: file:, data:, javascript:, other
// sites, plain http to anything but a local back end.

export const appScheme = 'app';
export const appHost = 'kiosk';
export const appOrigin = `${appScheme}://${appHost}`;

export interface NavigationPolicy {
  /** Origin of the configured (or embedded) back end, e.g. "https://api.caf.example". */
  backendOrigin: string | null;
  /** Origins of FranceConnect and its identity providers, from the configuration. */
  franceConnectOrigins: readonly string[];
}

/**
 * The origin of a URL as "scheme://host[:port]". WHATWG gives "null" as the origin of non-special schemes such as
 * app:, so it is rebuilt here from protocol and host.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null; // "https://good@evil" tricks
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

function isLoopback(origin: string): boolean {
  return /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(origin);
}

/** Whether a configured origin is acceptable at all: https, or http on the loopback (the embedded sandbox). */
export function isAcceptableRemoteOrigin(origin: string): boolean {
  return origin.startsWith('https://') || isLoopback(origin);
}

export function isNavigationAllowed(url: string, policy: NavigationPolicy, franceConnectStep: boolean): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === appOrigin) return true;
  if (!isAcceptableRemoteOrigin(origin)) return false;
  if (policy.backendOrigin !== null && origin === originOf(policy.backendOrigin)) return true;
  if (franceConnectStep) return policy.franceConnectOrigins.some((allowed) => originOf(allowed) === origin);
  return false;
}
