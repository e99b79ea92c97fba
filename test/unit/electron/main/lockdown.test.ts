import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../../electron/main/lockdown';
import { DisplaySleepService } from '../../../../electron/main/display-sleep';

type Handler = (...args: unknown[]) => unknown;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  return {
    handlers,
    open: () => openHandler!({ url: 'https://evil.example' }),
    contents: {
      on: (name: string, handler: Handler) => handlers.set(name, handler),
      setWindowOpenHandler: (handler: Handler) => void (openHandler = handler),
    },
  };
}

const ctx = (step = false) => ({
  policy: () => ({ backendOrigin: 'https://api.caf.example', franceConnectOrigins: ['https://fc.example'] }),
  franceConnectStep: () => step,
  log: { warn: vi.fn() },
});

describe('the web contents lockdown', () => {
  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, ctx());
    expect(fake.open()).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stops navigation off the allowlist and lets the app through', (name) => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, ctx());
    const away = { preventDefault: vi.fn() };
    fake.handlers.get(name)!(away, 'https://evil.example/?nir=1234567890123');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    fake.handlers.get(name)!(home, 'app://kiosk/');
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('logs the refused origin, never the query', () => {
    const fake = fakeContents();
    const context = ctx();
    hardenWebContents(fake.contents as never, context);
    fake.handlers.get('will-navigate')!({ preventDefault: vi.fn() }, 'https://evil.example/?nir=1234567890123');
    expect(JSON.stringify(context.log.warn.mock.calls)).not.toContain('1234567890123');
  });

  it('lets FranceConnect through only during a FranceConnect step', () => {
    for (const step of [false, true]) {
      const fake = fakeContents();
      hardenWebContents(fake.contents as never, ctx(step));
      const event = { preventDefault: vi.fn() };
      fake.handlers.get('will-navigate')!(event, 'https://fc.example/authorize');
      expect(event.preventDefault).toHaveBeenCalledTimes(step ? 0 : 1);
    }
  });

  it('refuses webviews and the context menu', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, ctx());
    for (const name of ['will-attach-webview', 'context-menu']) {
      const event = { preventDefault: vi.fn() };
      fake.handlers.get(name)!(event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });
});

describe('the session lockdown', () => {
  it('refuses every permission request and check, and every download', () => {
    const handlers: Record<string, Handler> = {};
    const ses = {
      setPermissionRequestHandler: (h: Handler) => void (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => void (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => void (handlers.device = h),
      setSpellCheckerEnabled: vi.fn(),
      on: (name: string, h: Handler) => void (handlers[name] = h),
    };
    hardenSession(ses as never);
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen']) {
      handlers.request!({}, permission, callback);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(handlers.check!({}, 'media')).toBe(false);
    expect(handlers.device!({})).toBe(false);
    const download = { preventDefault: vi.fn() };
    handlers['will-download']!(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});

describe('the display sleep service', () => {
  it('keeps a kiosk display awake and lets a laptop sleep', () => {
    const started = new Set<number>();
    const blocker = {
      start: vi.fn(() => (started.add(1), 1)),
      stop: vi.fn((id: number) => void started.delete(id)),
      isStarted: (id: number) => started.has(id),
    };
    const service = new DisplaySleepService(blocker);
    service.apply(true);
    service.apply(true);
    expect(blocker.start).toHaveBeenCalledTimes(1);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    service.apply(false);
    expect(blocker.stop).toHaveBeenCalledWith(1);
  });
});
