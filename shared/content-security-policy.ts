// The one Content-Security-Policy of the kiosk's pages, used in three places so that what the tests run under is what
// the kiosk ships:
// - main sends it as a response header on every app://kiosk response (electron/main/app-protocol.ts);
// - the web kiosk (scripts/web-kiosk-server.ts, where the browser tests run) serves through that same handler;
// - the built index.html carries it as a <meta>, a second layer should a page ever be served without the header
//   (vite.renderer.config.ts). A <meta> cannot carry frame-ancestors (browsers ignore it there and log an error).
// The back end is reached through the page's own origin (the app protocol in Electron, the same handler in web mode),
// so connect-src needs only 'self'. Style attributes stay allowed because Vue and reka-ui set inline `style` on
// elements. No inline script is allowed, and one inline <style> element only, by its hash: the one reka-ui's
// ComboboxViewport inserts (it hides the list's scrollbar), which a nonce cannot cover on pages served as static files.
// test/unit/shared/content-security-policy.test.ts recomputes that hash from the installed reka-ui, so an upgrade that
// changes the style fails there rather than in the kiosk; the browser tests fail on any violation.
// script-src also allows 'wasm-unsafe-eval': the kiosk's speech synthesiser is eSpeak NG compiled to WebAssembly
// (renderer/src/kiosk/speech), and compiling WebAssembly is refused without it. It allows WebAssembly.compile and
// nothing else: eval(), new Function() and inline scripts stay refused, and the .wasm itself must come from 'self'
// (connect-src), like every script.

/** sha256 of the text of the <style> element reka-ui's ComboboxViewport renders (reka-ui 2.x). */
export const comboboxViewportStyleHash = "'sha256-0sLsI2a+NIcumVvBF9zD/ArGqlZR2xfnxsALPmK7nj8='";

const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['style-src-elem', `'self' ${comboboxViewportStyleHash}`],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'none'"],
  ['manifest-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta http-equiv="Content-Security-Policy"> may not carry (CSP3 §3.3). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);
const forMeta = directives.filter(([name]) => !headerOnly.has(name));
/** What only Vite's development server relaxes: its client injects CSS as <style> and hot-reloads over a WebSocket. */
const developmentOverrides: Record<string, string> = { 'style-src-elem': "'self' 'unsafe-inline'", 'connect-src': "'self' ws: wss:" };
const render = (list: ReadonlyArray<readonly [string, string]>) => list.map(([name, value]) => `${name} ${value}`).join('; ');

export const contentSecurityPolicy = render(directives);

/** The same policy for a <meta> element: without the directives only a header can carry. */
export const metaContentSecurityPolicy = render(forMeta);

/** The relaxed policy of the development server only (`vite` serve, never a build). */
export const developmentContentSecurityPolicy = render(forMeta.map(([name, value]) => [name, developmentOverrides[name] ?? value] as const));

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=(), payment=()',
};
