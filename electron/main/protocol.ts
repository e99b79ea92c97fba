// app://kiosk/… : the renderer is served from this privileged custom protocol, never file:// (Electron security
// checklist item 18). Files come from out/renderer only (no path may climb out of it); the back end's paths are
// forwarded to the configured back end, so the renderer calls its own origin exactly as in web mode (vite proxies
// the same paths), CORS is never needed and the CSP can say connect-src 'self'.
import { extname, normalize, resolve, sep } from 'node:path';
import { appHost, appScheme } from './navigation';

export const proxiedPrefixes = ['/v1/', '/openapi.json', '/franceconnect/', '/sandbox/'] as const;

export type AppRequest =
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'proxy'; url: string }
  | { kind: 'refused'; status: 400 | 404 };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm', // the speech synthesiser (renderer/src/kiosk/speech)
};

export interface ResolveOptions {
  rendererRoot: string;
  backendUrl: string;
  /** /sandbox/ is forwarded only when the back end is the sandbox (workshop or embedded). */
  sandboxPaths: boolean;
}

export function resolveAppRequest(rawUrl: string, options: ResolveOptions): AppRequest {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return { kind: 'refused', status: 400 };
  const pathname = decodeURIComponent(url.pathname);
  if (pathname.includes('\0')) return { kind: 'refused', status: 400 };
  const prefix = proxiedPrefixes.find((p) => pathname === p.replace(/\/$/, '') || pathname.startsWith(p));
  if (prefix) {
    if (prefix === '/sandbox/' && !options.sandboxPaths) return { kind: 'refused', status: 404 };
    return { kind: 'proxy', url: `${options.backendUrl}${url.pathname}${url.search}` };
  }
  const root = resolve(options.rendererRoot);
  const relative = pathname === '/' || pathname === '' ? 'index.html' : normalize(pathname).replace(/^[/\\]+/, '');
  const path = resolve(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'refused', status: 404 };
  const contentType = contentTypes[extname(path).toLowerCase()];
  if (!contentType) return { kind: 'refused', status: 404 };
  return { kind: 'file', path, contentType };
}
