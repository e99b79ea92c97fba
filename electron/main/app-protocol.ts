// The handler of app://kiosk for one session: files of out/renderer with the security headers, back-end paths
// forwarded to the back end (see protocol.ts). Out of service (no back end: invalid or incomplete configuration) the
// files are still served — the renderer's « Borne hors service » screen — and every back-end path answers 503.
import { readFile } from 'node:fs/promises';
import { securityHeaders } from '@shared/content-security-policy';
import { resolveAppRequest } from './protocol';

export interface AppProtocolDeps {
  rendererRoot: string;
  /** null: out of service, no back end to forward to. */
  backendUrl(): string | null;
  sandboxPaths(): boolean;
  /** net.fetch from Electron: goes through Chromium's network stack (proxy settings, certificates). */
  fetch(url: string, init: RequestInit): Promise<Response>;
}

export function createAppProtocolHandler(deps: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    const backendUrl = deps.backendUrl();
    const target = resolveAppRequest(request.url, {
      rendererRoot: deps.rendererRoot,
      backendUrl: backendUrl ?? '',
      sandboxPaths: backendUrl !== null && deps.sandboxPaths(),
    });
    if (target.kind === 'refused') return new Response(null, { status: target.status, headers: securityHeaders });
    if (target.kind === 'proxy' && backendUrl === null) {
      return new Response(JSON.stringify({ code: 'backend.unavailable' }), { status: 503, headers: { 'Content-Type': 'application/json' } });
    }
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
