// The handler of app://kiosk for one session: files of out/renderer with the security headers, back-end paths
// forwarded to the back end (see protocol.ts), and, when the configuration is invalid, an out-of-service page.
import { readFile } from 'node:fs/promises';
import { securityHeaders } from '@shared/content-security-policy';
import { resolveAppRequest } from './protocol';

export interface AppProtocolDeps {
  rendererRoot: string;
  backendUrl(): string;
  sandboxPaths(): boolean;
  /** net.fetch from Electron: goes through Chromium's network stack (proxy settings, certificates). */
  fetch(url: string, init: RequestInit): Promise<Response>;
}

export const outOfServiceHtml = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Borne hors service</title>
<style>body{font:32px/1.5 system-ui,sans-serif;display:grid;place-items:center;height:100vh;margin:0;background:#f4f7fb;color:#1a1a1a;text-align:center}</style>
</head><body><main><h1>Borne hors service</h1><p>Merci de vous adresser à l’accueil.</p></main></body></html>`;

export function outOfServiceResponse(): Response {
  return new Response(outOfServiceHtml, {
    status: 503,
    headers: { ...securityHeaders, 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'Content-Type': 'text/html; charset=utf-8' },
  });
}

export function createAppProtocolHandler(deps: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    const target = resolveAppRequest(request.url, {
      rendererRoot: deps.rendererRoot,
      backendUrl: deps.backendUrl(),
      sandboxPaths: deps.sandboxPaths(),
    });
    if (target.kind === 'refused') return new Response(null, { status: target.status, headers: securityHeaders });
    if (target.kind === 'proxy') {
      const headers = new Headers(request.headers);
      headers.delete('cookie'); // the back end uses a bearer token only; nothing else of the page goes out
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      try {
        return await deps.fetch(target.url, {
          method: request.method,
          headers,
          redirect: 'manual',
          ...(hasBody ? { body: await request.arrayBuffer() } : {}),
        });
      } catch {
        return new Response(JSON.stringify({ code: 'network.unreachable' }), { status: 502, headers: { 'Content-Type': 'application/json' } });
      }
    }
    try {
      const body = await readFile(target.path);
      return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': target.contentType } });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders });
    }
  };
}
