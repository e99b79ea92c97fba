// The kiosk's origin: the one handler behind app://kiosk in Electron and behind the web kiosk server of the browser
// tests (scripts/web-kiosk-server.ts), so that both meet the same topology. A Request comes in, a Response goes out:
// - files of out/renderer (never file://, Electron security checklist item 18; no path may climb out of it), with
//   the security headers;
// - the back end's paths forwarded to the configured back end, so the renderer calls its own origin, CORS is never
//   needed and the CSP can say connect-src 'self'. Nothing of the page's cookies goes out and no cookie of the back
//   end comes back: the back end uses a bearer token only, and a journey that would need a cookie shared between the
//   kiosk's origin and the back end's fails here as it would in Electron;
// - out of service (no back end: invalid or incomplete configuration), the files are still served — the renderer's
//   « Borne hors service » screen — and every back-end path answers 503.
// It imports nothing of Electron: main hands it net.fetch, the web kiosk server Node's fetch.
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { securityHeaders } from '@shared/content-security-policy';
import { originOf } from './navigation';

/**
 * The back end's paths the renderer calls on its own origin. The FranceConnect simulator's pages (/franceconnect/) are
 * not among them: FranceConnect's browser redirects go to the back end's own origin, never through the kiosk's.
 */
export const proxiedPrefixes = ['/v1/', '/openapi.json', '/sandbox/'] as const;

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
  /** The origin the renderer is served on: `app://kiosk` in Electron, the web kiosk's `http://host:port`. */
  appOrigin: string;
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
  if (originOf(url.href) !== originOf(options.appOrigin)) return { kind: 'refused', status: 400 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400 }; // a lone "%" is not a path
  }
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

export interface AppProtocolDeps {
  /** See ResolveOptions.appOrigin. */
  appOrigin: string;
  rendererRoot: string;
  /** null: out of service, no back end to forward to. */
  backendUrl(): string | null;
  sandboxPaths(): boolean;
  /** net.fetch in Electron (Chromium's network stack: proxy settings, certificates); Node's fetch in the web kiosk. */
  fetch(url: string, init: RequestInit): Promise<Response>;
}

/**
 * Headers that do not cross the proxy. Going out: the page's cookies, its Host (the back end sees its own, as with any
 * client) and the hop-by-hop headers. Coming back: cookies (the kiosk's origin keeps none of the back end's), and
 * the body's encoding and length, which fetch has already undone.
 */
const requestHeadersDropped = ['cookie', 'host', 'connection', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'content-length'];
const responseHeadersDropped = ['set-cookie', 'connection', 'keep-alive', 'trailer', 'transfer-encoding', 'upgrade', 'content-encoding', 'content-length'];

async function forward(request: Request, url: string, fetch: AppProtocolDeps['fetch']): Promise<Response> {
  const headers = new Headers(request.headers);
  for (const name of requestHeadersDropped) headers.delete(name);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: request.method,
      headers,
      redirect: 'manual',
      ...(hasBody ? { body: await request.arrayBuffer() } : {}),
    });
  } catch {
    return new Response(JSON.stringify({ code: 'network.unreachable' }), { status: 502, headers: { 'Content-Type': 'application/json' } });
  }
  const responseHeaders = new Headers(upstream.headers);
  for (const name of responseHeadersDropped) responseHeaders.delete(name);
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
}

export function createAppProtocolHandler(deps: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    const backendUrl = deps.backendUrl();
    const target = resolveAppRequest(request.url, {
      appOrigin: deps.appOrigin,
      rendererRoot: deps.rendererRoot,
      backendUrl: backendUrl ?? '',
      sandboxPaths: backendUrl !== null && deps.sandboxPaths(),
    });
    if (target.kind === 'refused') return new Response(null, { status: target.status, headers: securityHeaders });
    if (target.kind === 'proxy' && backendUrl === null) {
      return new Response(JSON.stringify({ code: 'backend.unavailable' }), { status: 503, headers: { 'Content-Type': 'application/json' } });
    }
    if (target.kind === 'proxy') return forward(request, target.url, deps.fetch);
    try {
      const body = await readFile(target.path);
      return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': target.contentType } });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders });
    }
  };
}
