// Attack (issue 16): DNS rebinding against a back end on the loopback. A page of evil.example, opened in the
// machine's browser, has its name re-resolved to 127.0.0.1 and reads the sandbox back end as its own origin: its
// requests carry `Host: evil.example:PORT`. Before the fix they were answered like the kiosk's (200: the sandbox's
// outbox, with the codes sent to a person, the health, the OpenAPI); the back end now answers only its own names. Plain HTTP against a listening server, as
// the browser would send it.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedHosts } from '../../../../backend/src/plugins/app/served-hosts';
import { startServer, type RunningServer } from '../../../../backend/src/start-server';

let server: RunningServer;
let port: number;
beforeAll(async () => {
  server = await startServer({ sandbox: true, logger: false, host: '127.0.0.1', port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

function get(path: string, host: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('attack: DNS rebinding against the loopback back end', () => {
  it('refuses a Host that is not its own, before any route (421 request.host, nothing of the sandbox)', async () => {
    for (const path of ['/sandbox/outbox?to=veronique.fontaine%40example.fr', '/v1/health', '/openapi.json']) {
      const res = await get(path, `evil.example:${port}`);
      expect(res.status, path).toBe(421);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'request.host' });
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers its own loopback names, whatever the port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, '127.0.0.1']) {
      expect((await get('/v1/health', host)).status, host).toBe(200);
    }
  });

  it('checks on the loopback only, and serves the host of its public URL there too', () => {
    expect(servedHosts('0.0.0.0', undefined)).toBeUndefined(); // behind the agency's reverse proxy: not checked here
    expect(servedHosts('127.0.0.1', 'http://kiosk-backend.local:8787')).toEqual(['127.0.0.1', 'localhost', '[::1]', 'kiosk-backend.local']);
    expect(servedHosts('::1', undefined)).toEqual(['127.0.0.1', 'localhost', '[::1]']);
  });
});
