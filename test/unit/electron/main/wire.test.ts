// Main's wiring (electron/main/wire.ts) against a fake of the Electron API it uses, typed from electron.d.ts
// (test/support/electron-api-fake.ts): the lockdown of every visit's session and window, a visit's end in order, the
// FranceConnect allowance opened then closed, the embedded back end's utilityProcess restarted, the out-of-service
// screen when the configuration names no back end, and main's own revocation of the sessions of visits it ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '@shared/ipc';
import type { ConfigStoreLike, KioskConfig } from '../../../../electron/main/config';
import { outOfServiceUrl, wire, type WireDeps } from '../../../../electron/main/wire';
import { createElectronFake, fakeEvent, type ElectronFake, type FakeWindow } from '../../../support/electron-api-fake';

const franceConnect = 'https://fcp.integ01.dev-franceconnect.fr';
const backend = 'https://moncompte-api.caf.example';

const baseConfig: KioskConfig = {
  mode: 'kiosk',
  backendUrl: backend,
  embeddedBackendPort: 8787,
  franceConnectOrigins: [franceConnect],
  timeouts: { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 },
  relaunch: { afterVisits: 200, atHour: null },
  locale: 'fr',
  printer: '',
  terminalId: 'test',
  siteName: 'Caf de test',
  agentPinHash: '',
  onScreenKeyboard: true,
};

function logger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

async function startKiosk(options: { config?: Partial<KioskConfig>; argv?: string[]; createStore?: WireDeps['createStore'] } = {}) {
  const fake = createElectronFake();
  const config: Partial<KioskConfig> = { ...baseConfig, ...options.config };
  for (const key of Object.keys(config) as (keyof KioskConfig)[]) if (config[key] === undefined) delete config[key];
  const store: ConfigStoreLike = { store: config, set: vi.fn(), path: '/user-data/kiosk-config.json' };
  const log = logger();
  let ids = 0;
  const kiosk = await wire(fake.api, {
    log,
    createStore: options.createStore ?? (() => store),
    exists: () => true,
    argv: options.argv ?? [],
    newId: () => String(++ids),
  });
  return { fake, kiosk, log, store };
}

const navigate = (win: FakeWindow, url: string, event = 'will-navigate') => {
  const e = fakeEvent({ url });
  win.webContents.emit(event, e, url);
  return e.defaultPrevented ? 'refused' : 'allowed';
};

/** Every lockdown handler of one visit: its session's and its window's, each doing what it must. */
function expectLockedDown(fake: ElectronFake, win: FakeWindow) {
  const ses = fake.sessionOf(win);
  expect(ses.partition).toMatch(/^visit-/);
  expect(ses.options).toEqual({ cache: false });
  const granted: boolean[] = [];
  ses.permissionRequestHandler?.(win.webContents as never, 'media', (ok) => granted.push(ok), {} as never);
  expect(granted).toEqual([false]);
  expect(ses.permissionCheckHandler?.(null, 'geolocation', 'app://kiosk', {} as never)).toBe(false);
  expect(ses.devicePermissionHandler?.({} as never)).toBe(false);
  expect(ses.spellChecker).toBe(false);
  const download = fakeEvent();
  ses.emit('will-download', download);
  expect(download.defaultPrevented).toBe(true);
  expect(ses.handlers.has('app')).toBe(true);

  const prefs = win.options.webPreferences!;
  expect(prefs).toMatchObject({ partition: ses.partition, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
  expect(win.webContents.zoomLimits).toEqual([1, 1]);
  expect(win.webContents.windowOpenHandler?.({ url: 'https://evil.example/' } as never)).toEqual({ action: 'deny' });
  for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    expect(navigate(win, 'https://evil.example/', event)).toBe('refused');
    expect(navigate(win, 'app://kiosk/', event)).toBe('allowed');
    expect(navigate(win, `${backend}/v1/franceconnect/start`, event)).toBe('allowed');
  }
  for (const event of ['will-attach-webview', 'context-menu']) {
    const e = fakeEvent();
    win.webContents.emit(event, e);
    expect(e.defaultPrevented, event).toBe(true);
  }
  const reload = fakeEvent();
  win.webContents.emit('before-input-event', reload, { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false });
  expect(reload.defaultPrevented).toBe(true);
  const letter = fakeEvent();
  win.webContents.emit('before-input-event', letter, { type: 'keyDown', key: 'a', control: false, meta: false, alt: false, shift: false });
  expect(letter.defaultPrevented).toBe(false);
  for (const event of ['input-event', 'render-process-gone']) expect(win.webContents.listenerCount(event), event).toBe(1);
  expect(win.listenerCount('unresponsive')).toBe(1);
  win.emit('ready-to-show');
  expect(win.shown).toBe(true);
}

const touch = (win: FakeWindow) => win.webContents.emit('input-event', fakeEvent(), { type: 'touchStart' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('main’s wiring', () => {
  it('locks down the first visit and every next one, each on a new in-memory partition', async () => {
    const { fake } = await startKiosk();
    expect(fake.api.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.api.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(fake.app.commandLine.switches).toEqual(expect.arrayContaining(['overscroll-history-navigation', 'disable-pinch']));
    expect(fake.ipcChannels().sort()).toEqual(Object.values(ipcChannels).sort());
    const first = fake.currentWindow();
    expect(first.url).toBe('app://kiosk/');
    expectLockedDown(fake, first);

    touch(first);
    await fake.invoke(first, ipcChannels.endVisit, 'quit');
    const second = fake.currentWindow();
    expect(second).not.toBe(first);
    expect(second.partition).not.toBe(first.partition);
    expect(second.url).toBe('app://kiosk/?cleared=quit');
    expectLockedDown(fake, second);
  });

  it('ends a visit in order: the window destroyed, its partition cleared, the clipboard, then the next visit', async () => {
    const { fake } = await startKiosk();
    const first = fake.currentWindow();
    const partition = first.partition;
    touch(first);
    fake.journal.length = 0;
    await fake.invoke(first, ipcChannels.endVisit, 'logout');
    const next = fake.currentWindow();
    expect(fake.journal).toEqual([
      `window ${first.webContents.id} destroyed`,
      `clearData ${partition}`,
      `clearCache ${partition}`,
      `clearAuthCache ${partition}`,
      `clearHostResolverCache ${partition}`,
      `closeAllConnections ${partition}`,
      'clipboard cleared',
      `window ${next.webContents.id} created (${next.partition})`,
      `window ${next.webContents.id} loads app://kiosk/?cleared=logout`,
    ]);
  });

  it('accepts the bridge only from the current visit’s top frame', async () => {
    const { fake } = await startKiosk();
    const first = fake.currentWindow();
    await fake.invoke(first, ipcChannels.endVisit, 'quit');
    // The old window (a renderer that survived its visit) cannot end the new one.
    await expect(fake.invoke(first, ipcChannels.endVisit, 'quit')).rejects.toThrow(/refused/);
    await expect(fake.invoke(fake.currentWindow(), ipcChannels.getConfig)).resolves.toMatchObject({ backendUrl: 'app://kiosk' });
  });

  it('opens the FranceConnect allowance when the renderer says so, and closes it on its return and at the visit’s end', async () => {
    const { fake } = await startKiosk();
    const win = fake.currentWindow();
    touch(win);
    expect(navigate(win, `${franceConnect}/api/v2/authorize`)).toBe('refused');
    // A sub-frame cannot open it.
    fake.send(win, ipcChannels.setFranceConnectStep, true, { subFrame: true });
    expect(navigate(win, `${franceConnect}/api/v2/authorize`)).toBe('refused');
    fake.send(win, ipcChannels.setFranceConnectStep, true);
    expect(navigate(win, `${franceConnect}/api/v2/authorize`)).toBe('allowed');
    expect(navigate(win, 'https://evil.example/')).toBe('refused');
    // Back at the kiosk with the one-time code: the renderer's start reads the fragment once and closes the step
    // (renderer/src/features/franceconnect/return.ts; test/unit/renderer/kiosk-app.test.ts checks that it does).
    expect(navigate(win, `${backend}/v1/franceconnect/callback?code=x&state=y`)).toBe('allowed');
    expect(navigate(win, 'app://kiosk/#franceconnect_code=one-time')).toBe('allowed');
    expect(navigate(win, `${franceConnect}/api/v2/authorize`)).toBe('allowed');
    fake.send(win, ipcChannels.setFranceConnectStep, false);
    expect(navigate(win, `${franceConnect}/api/v2/authorize`)).toBe('refused');
    expect(navigate(win, `${franceConnect}/api/v2/authorize`, 'will-redirect')).toBe('refused');

    fake.send(win, ipcChannels.setFranceConnectStep, true);
    await fake.invoke(win, ipcChannels.endVisit, 'quit');
    expect(navigate(fake.currentWindow(), `${franceConnect}/api/v2/authorize`)).toBe('refused');
  });

  it('ends the visit itself when the renderer crashes or hangs, and at its idle hard cap', async () => {
    const { fake } = await startKiosk();
    const first = fake.currentWindow();
    touch(first);
    first.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    await vi.waitFor(() => expect(fake.currentWindow().url).toBe('app://kiosk/?cleared=renderer-gone'));

    const second = fake.currentWindow();
    touch(second);
    await vi.advanceTimersByTimeAsync((120 + 30 + 15) * 1000);
    expect(second.destroyed).toBe(true);
    expect(fake.currentWindow().url).toBe('app://kiosk/?cleared=inactivity');
  });
});

describe('main’s own revocation of a visit’s back-end sessions', () => {
  const token = 'tok_'.padEnd(43, 'A');
  const api = (path: string, init: RequestInit = {}) => [`app://kiosk${path}`, init] as const;

  async function visitWithSession() {
    const started = await startKiosk();
    const { fake } = started;
    fake.respondWith((url, init) =>
      url.endsWith('/v1/sessions') && init.method === 'POST'
        ? Response.json({ token, kind: 'full', expiresAt: '2026-12-01T12:00:00Z', idleTimeoutSeconds: 900 })
        : new Response(null, { status: init.method === 'DELETE' ? 204 : 200 }),
    );
    const win = fake.currentWindow();
    touch(win);
    return { ...started, win, ses: fake.sessionOf(win) };
  }
  const logouts = (fake: ElectronFake) => fake.journal.filter((line) => line === `fetch DELETE ${backend}/v1/sessions/current`);
  const bearerOfLastLogout = (fake: ElectronFake) => {
    const call = fake.api.net.fetch.mock.calls.filter(([, init]) => init?.method === 'DELETE').at(-1);
    return new Headers(call?.[1]?.headers).get('authorization');
  };

  it('revokes the token of a visit main ends at its idle hard cap, after destroying the window', async () => {
    const { fake, ses, win } = await visitWithSession();
    await ses.request(...api('/v1/me', { headers: { Authorization: `Bearer ${token}` } }));
    fake.journal.length = 0;
    await vi.advanceTimersByTimeAsync((120 + 30 + 15) * 1000);
    expect(logouts(fake)).toHaveLength(1);
    expect(bearerOfLastLogout(fake)).toBe(`Bearer ${token}`);
    const order = fake.journal;
    expect(order.indexOf(`window ${win.webContents.id} destroyed`)).toBeLessThan(order.indexOf(`fetch DELETE ${backend}/v1/sessions/current`));
    expect(order.indexOf(`fetch DELETE ${backend}/v1/sessions/current`)).toBeLessThan(order.indexOf('clipboard cleared'));
  });

  it('revokes a token handed out by a login reply even before the renderer used it, when the renderer crashes', async () => {
    const { fake, ses, win } = await visitWithSession();
    await ses.request(...api('/v1/sessions', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }));
    win.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    await vi.waitFor(() => expect(logouts(fake)).toHaveLength(1));
    expect(bearerOfLastLogout(fake)).toBe(`Bearer ${token}`);
  });

  it('revokes the session a FranceConnect exchange handed out (its token is under `session`), when the renderer crashes', async () => {
    const { fake, win } = await visitWithSession();
    const fcToken = 'fc_'.padEnd(43, 'F');
    fake.respondWith((url, init) =>
      url.endsWith('/v1/franceconnect/exchange') && init.method === 'POST'
        ? Response.json({ kind: 'session', session: { token: fcToken, kind: 'full', expiresAt: '2026-12-01T12:00:00Z', idleTimeoutSeconds: 900 } })
        : new Response(null, { status: init.method === 'DELETE' ? 204 : 200 }),
    );
    await fake.sessionOf(win).request(...api('/v1/franceconnect/exchange', { method: 'POST', body: '{"code":"x"}', headers: { 'Content-Type': 'application/json' } }));
    win.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    await vi.waitFor(() => expect(logouts(fake)).toHaveLength(1));
    expect(bearerOfLastLogout(fake)).toBe(`Bearer ${fcToken}`);
  });

  it('reads only the replies of the routes that hand out a session: a `token` in any other reply is not taken for one', async () => {
    const { fake, win } = await visitWithSession();
    fake.respondWith((url, init) =>
      init.method === 'DELETE' ? new Response(null, { status: 204 }) : Response.json({ id: 'd1', token: 'not_a_session_'.padEnd(43, 'X') }),
    );
    await fake.sessionOf(win).request(...api('/v1/demandes', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }));
    await fake.sessionOf(win).request(...api('/v1/account-creations/abc/complete', { method: 'POST' }));
    win.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    await vi.waitFor(() => expect(fake.currentWindow()).not.toBe(win));
    expect(logouts(fake)).toHaveLength(0);
  });

  it('revokes the token when the window stops responding', async () => {
    const { fake, ses, win } = await visitWithSession();
    await ses.request(...api('/v1/me', { headers: { Authorization: `Bearer ${token}` } }));
    win.emit('unresponsive');
    await vi.waitFor(() => expect(logouts(fake)).toHaveLength(1));
  });

  it('sends no second revocation when the renderer logged out itself', async () => {
    const { fake, ses, win } = await visitWithSession();
    await ses.request(...api('/v1/me', { headers: { Authorization: `Bearer ${token}` } }));
    await ses.request(...api('/v1/sessions/current', { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }));
    expect(logouts(fake)).toHaveLength(1);
    await fake.invoke(win, ipcChannels.endVisit, 'logout');
    expect(logouts(fake)).toHaveLength(1);
  });

  it('goes on clearing the visit when the back end does not answer the revocation', async () => {
    const { fake, ses, win, log } = await visitWithSession();
    await ses.request(...api('/v1/me', { headers: { Authorization: `Bearer ${token}` } }));
    fake.respondWith(() => Promise.reject(new Error('ECONNREFUSED')));
    await fake.invoke(win, ipcChannels.endVisit, 'renderer-gone');
    expect(fake.journal).toContain('clipboard cleared');
    expect(fake.currentWindow()).not.toBe(win);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('could not be revoked'));
  });
});

describe('the embedded sandbox back end', () => {
  it('runs only when asked for, with SANDBOX=1 and an in-memory database, and is restarted when it dies', async () => {
    const { fake } = await startKiosk({ config: { backendUrl: undefined }, argv: ['electron', '.', '--embedded-sandbox'] });
    expect(fake.children).toHaveLength(1);
    expect(fake.children[0]!.modulePath).toBe('/app/out/backend/server.js');
    expect(fake.children[0]!.options?.env).toMatchObject({ HOST: '127.0.0.1', PORT: '8787', SANDBOX: '1', DATABASE_URL: 'sqlite::memory:' });
    fake.children[0]!.emit('exit', 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.children).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.children).toHaveLength(2);
    // The renderer reaches it through app://kiosk, sandbox controls included.
    const ses = fake.sessionOf(fake.currentWindow());
    await ses.request('app://kiosk/sandbox/outbox?to=a@b.fr');
    expect(fake.journal).toContain('fetch GET http://127.0.0.1:8787/sandbox/outbox?to=a@b.fr');
  });

  it('runs in workshop mode even with a back end configured', async () => {
    const { fake } = await startKiosk({ config: { mode: 'workshop' } });
    expect(fake.children).toHaveLength(1);
  });

  it('does not run when the configuration names a back end', async () => {
    const { fake } = await startKiosk({ argv: ['--embedded-sandbox'] });
    expect(fake.children).toHaveLength(0);
  });
});

describe('« Borne hors service »', () => {
  it.each(['kiosk', 'laptop'] as const)('is all a %s configured without a back end shows: no sandbox, no bridge, no back end', async (mode) => {
    const { fake, kiosk, log } = await startKiosk({ config: { mode, backendUrl: undefined } });
    expect(kiosk.state).toBe('out-of-service');
    expect(fake.children).toHaveLength(0);
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.url).toBe(outOfServiceUrl);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(fake.ipcChannels()).toEqual([]);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('no backendUrl'));
    const ses = fake.sessionOf(win);
    expect((await ses.request('app://kiosk/v1/health')).status).toBe(503);
    expect(fake.api.net.fetch).not.toHaveBeenCalled();
    expect(navigate(win, 'https://evil.example/')).toBe('refused');
  });

  it('is what an invalid configuration shows too', async () => {
    const { fake, kiosk, log } = await startKiosk({
      createStore: () => {
        throw new Error('Config schema violation: `mode` must be equal to one of the allowed values');
      },
    });
    expect(kiosk.state).toBe('out-of-service');
    expect(fake.windows.map((w) => w.url)).toEqual([outOfServiceUrl]);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('mode'));
  });
});
