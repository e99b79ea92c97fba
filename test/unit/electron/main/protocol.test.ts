import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@shared/content-security-policy';
import { createAppProtocolHandler, resolveAppRequest } from '../../../../electron/main/app-protocol';

const root = '/app/out/renderer';
const options = { appOrigin: 'app://kiosk', rendererRoot: root, backendUrl: 'https://api.caf.example', sandboxPaths: false };

describe('the app:// protocol', () => {
  it('serves index.html at the root and files of out/renderer', () => {
    expect(resolveAppRequest('app://kiosk/', options)).toEqual({ kind: 'file', path: `${root}/index.html`, contentType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://kiosk/?cleared=1', options)).toMatchObject({ kind: 'file', path: `${root}/index.html` });
    expect(resolveAppRequest('app://kiosk/assets/index-x.js', options)).toMatchObject({ path: `${root}/assets/index-x.js` });
  });

  it.each([
    'app://kiosk/../../etc/passwd',
    'app://kiosk/%2e%2e/%2e%2e/etc/passwd',
    'app://kiosk/assets/..%2f..%2f..%2fetc/passwd',
    'app://kiosk/main/index.js.map',
  ])('never serves anything outside out/renderer or of an unknown type: %s', (url) => {
    const result = resolveAppRequest(url, options);
    if (result.kind === 'file') expect(result.path.startsWith(`${root}/`)).toBe(true);
    expect(result.kind === 'file' && !result.path.startsWith(root)).toBe(false);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppRequest('app://other/', options)).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('file:///etc/passwd', options)).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://kiosk/%', options)).toEqual({ kind: 'refused', status: 400 });
  });

  it('serves the web kiosk on its own http origin, and nothing under another Host', () => {
    const web = { ...options, appOrigin: 'http://localhost:14173' };
    expect(resolveAppRequest('http://localhost:14173/', web)).toMatchObject({ kind: 'file', path: `${root}/index.html` });
    expect(resolveAppRequest('http://localhost:14173/v1/me', web)).toEqual({ kind: 'proxy', url: 'https://api.caf.example/v1/me' });
    expect(resolveAppRequest('http://127.0.0.1:14173/', web)).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://kiosk/', web)).toEqual({ kind: 'refused', status: 400 });
  });

  it('forwards the back end’s paths to the back end, the sandbox ones only to a sandbox', () => {
    expect(resolveAppRequest('app://kiosk/v1/session?x=1', options)).toEqual({ kind: 'proxy', url: 'https://api.caf.example/v1/session?x=1' });
    // FranceConnect's pages live on the back end's own origin only: its redirects never pass through the kiosk's.
    expect(resolveAppRequest('app://kiosk/franceconnect/api/v2/authorize', options)).toMatchObject({ kind: 'refused' });
    expect(resolveAppRequest('app://kiosk/sandbox/outbox', options)).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://kiosk/sandbox/outbox', { ...options, sandboxPaths: true })).toMatchObject({ kind: 'proxy' });
  });
});

describe('the app:// handler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const handler = (fetch = async () => new Response('{"status":"ok"}')) =>
    createAppProtocolHandler({ appOrigin: 'app://kiosk', rendererRoot: dir, backendUrl: () => 'http://127.0.0.1:8787', sandboxPaths: () => true, fetch });

  it('serves pages with the strict CSP header', async () => {
    const response = await handler()(new Request('app://kiosk/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*('unsafe-eval'|'unsafe-inline')/);
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });

  it('forwards API calls without the page’s cookies', async () => {
    let seen: { url: string; init: RequestInit } | null = null;
    const fetch = async (url: string, init: RequestInit) => {
      seen = { url, init };
      return new Response('{}');
    };
    await createAppProtocolHandler({ appOrigin: 'app://kiosk', rendererRoot: dir, backendUrl: () => 'http://127.0.0.1:8787', sandboxPaths: () => true, fetch })(
      new Request('app://kiosk/v1/session', { method: 'POST', headers: { cookie: 'a=b', authorization: 'Bearer t' }, body: '{}' }),
    );
    expect(seen!.url).toBe('http://127.0.0.1:8787/v1/session');
    const headers = seen!.init.headers as Headers;
    expect(headers.get('cookie')).toBeNull();
    expect(headers.get('authorization')).toBe('Bearer t');
  });

  it('hands the page no cookie of the back end, and keeps its redirects as they are', async () => {
    const fetch = async () => new Response(null, {
      status: 302,
      headers: { location: 'http://127.0.0.1:8787/v1/franceconnect/start?ticket=t', 'set-cookie': 'franceconnect_binding=x; Path=/', 'cache-control': 'no-store' },
    });
    const response = await createAppProtocolHandler({ appOrigin: 'app://kiosk', rendererRoot: dir, backendUrl: () => 'http://127.0.0.1:8787', sandboxPaths: () => true, fetch })(
      new Request('app://kiosk/v1/franceconnect/start?returnTo=app%3A%2F%2Fkiosk%2F'),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://127.0.0.1:8787/v1/franceconnect/start?ticket=t');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 502 with a translatable code when the back end is unreachable', async () => {
    const response = await handler(async () => {
      throw new Error('ECONNREFUSED');
    })(new Request('app://kiosk/v1/health'));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ code: 'network.unreachable' });
  });

  it('out of service, still serves the renderer (its « Borne hors service » screen) and forwards nothing', async () => {
    let forwarded = 0;
    const outOfService = createAppProtocolHandler({
      appOrigin: 'app://kiosk',
      rendererRoot: dir,
      backendUrl: () => null,
      sandboxPaths: () => true,
      fetch: async () => {
        forwarded += 1;
        return new Response('{}');
      },
    });
    expect((await outOfService(new Request('app://kiosk/'))).status).toBe(200);
    const api = await outOfService(new Request('app://kiosk/v1/health'));
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ code: 'backend.unavailable' });
    expect((await outOfService(new Request('app://kiosk/sandbox/outbox'))).status).toBe(404);
    expect(forwarded).toBe(0);
  });
});
