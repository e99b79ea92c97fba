// A fake of the Electron API surface main uses (electron/main/electron-api.ts), for the wiring tests. It is checked
// against that type — picked from electron.d.ts — by `satisfies ElectronApi`, so an Electron upgrade that changes a
// call main makes fails the typecheck here as in index.ts. It records what main does in one `journal` (for order) and
// lets a test play Electron's part: emit events, send IPC messages as a window's top frame, answer net.fetch.
import type { BrowserWindowConstructorOptions, ForkOptions, FromPartitionOptions, Session, WebContents } from 'electron';
import { vi } from 'vitest';
import type { ElectronApi } from '../../electron/main/electron-api';

// Electron's listeners have many shapes (one overload per event); the fake stores them untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): never {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this as never;
  }

  once(event: string, listener: Listener): never {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped));
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron event a listener may prevent. */
export function fakeEvent<T extends object>(fields: T = {} as T): T & { defaultPrevented: boolean; preventDefault(): void } {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeWebContents extends Emitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  zoomLimits: [number, number] | null = null;
  constructor(readonly id: number) {
    super();
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.zoomLimits = [min, max];
    return Promise.resolve();
  }
  print(_options?: object, callback?: (success: boolean, failureReason: string) => void): void {
    callback?.(true, '');
  }
}

export class FakeSession extends Emitter {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  devicePermissionHandler: DevicePermissionHandler = null;
  spellChecker: boolean | null = null;
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler): void => {
      this.handlers.set(scheme, handler);
    },
  };
  constructor(
    readonly partition: string,
    readonly options: FromPartitionOptions | undefined,
    private readonly journal: string[],
  ) {
    super();
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellChecker = enable;
  }
  private step(name: string): Promise<void> {
    this.journal.push(`${name} ${this.partition}`);
    return Promise.resolve();
  }
  clearData(): Promise<void> {
    return this.step('clearData');
  }
  clearCache(): Promise<void> {
    return this.step('clearCache');
  }
  clearAuthCache(): Promise<void> {
    return this.step('clearAuthCache');
  }
  clearHostResolverCache(): Promise<void> {
    return this.step('clearHostResolverCache');
  }
  closeAllConnections(): Promise<void> {
    return this.step('closeAllConnections');
  }
  /** A request of this session's pages to app://kiosk, through the handler main registered. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get('app');
    if (!handler) throw new Error(`no app:// handler on ${this.partition}`);
    return handler(new Request(url, init));
  }
}

export class FakeChild extends Emitter {
  killed = false;
  constructor(
    readonly modulePath: string,
    readonly options: ForkOptions | undefined,
  ) {
    super();
  }
  kill(): boolean {
    this.killed = true;
    this.emit('exit', 0);
    return true;
  }
}

export function createElectronFake() {
  const journal: string[] = [];
  const windows: FakeWindow[] = [];
  const sessions = new Map<string, FakeSession>();
  const children: FakeChild[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const ipcListeners = new Map<string, Listener>();
  let webContentsIds = 0;
  let blockers = 0;
  const startedBlockers = new Set<number>();

  class FakeApp extends Emitter {
    readonly commandLine = { switches: [] as string[], appendSwitch: (name: string) => void this.commandLine.switches.push(name) };
    whenReady = () => Promise.resolve();
    requestSingleInstanceLock = vi.fn(() => true);
    quit = vi.fn();
    exit = vi.fn();
    relaunch = vi.fn();
    getAppPath = () => '/app';
    getPath = () => '/user-data';
    getVersion = () => '1.2.3';
  }
  const app = new FakeApp();

  class FakeWindow extends Emitter {
    readonly webContents = new FakeWebContents(++webContentsIds);
    destroyed = false;
    shown = false;
    url: string | null = null;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
      journal.push(`window ${this.webContents.id} created (${options.webPreferences?.partition ?? '?'})`);
      // As Electron does for every new web contents.
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    show(): void {
      this.shown = true;
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      journal.push(`window ${this.webContents.id} loads ${url}`);
      return Promise.resolve();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      journal.push(`window ${this.webContents.id} destroyed`);
      this.emit('closed');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    get partition(): string {
      return String(this.options.webPreferences?.partition);
    }
  }

  /** What net.fetch answers; tests replace it. */
  let respond: (url: string, init: RequestInit) => Response | Promise<Response> = () => new Response(null, { status: 204 });

  const api = {
    app,
    BrowserWindow: FakeWindow,
    clipboard: { clear: () => void journal.push('clipboard cleared') },
    ipcMain: {
      handle: (channel: string, listener: Listener) => void ipcHandlers.set(channel, listener),
      on: (channel: string, listener: Listener) => {
        ipcListeners.set(channel, listener);
        return undefined as never;
      },
    },
    Menu: { setApplicationMenu: vi.fn() },
    net: {
      fetch: vi.fn(async (input: string | Request, init: RequestInit = {}) => {
        const url = typeof input === 'string' ? input : input.url;
        journal.push(`fetch ${init.method ?? 'GET'} ${url}`);
        return respond(url, init);
      }),
    },
    powerSaveBlocker: {
      start: () => {
        startedBlockers.add(++blockers);
        return blockers;
      },
      stop: (id: number) => startedBlockers.delete(id),
      isStarted: (id: number) => startedBlockers.has(id),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      fromPartition: (partition: string, options?: FromPartitionOptions) => {
        const existing = sessions.get(partition);
        if (existing) return existing;
        const created = new FakeSession(partition, options, journal);
        sessions.set(partition, created);
        return created;
      },
    },
    utilityProcess: {
      fork: (modulePath: string, _args?: string[], options?: ForkOptions) => {
        const child = new FakeChild(modulePath, options);
        children.push(child);
        journal.push(`utility process forked (${children.length})`);
        return child;
      },
    },
  } satisfies ElectronApi;

  /** The IPC event of a message from `win`'s top frame showing `url` (a sub-frame when `subFrame`). */
  const ipcEvent = (win: FakeWindow, { url = 'app://kiosk/', subFrame = false } = {}) => ({
    senderFrame: { url, parent: subFrame ? {} : null },
    sender: { id: win.webContents.id },
  });

  return {
    api,
    app,
    journal,
    windows,
    children,
    sessions,
    /** The window of the current visit (the last one created that is not destroyed nor a print window). */
    currentWindow(): FakeWindow {
      const win = windows.filter((w) => !w.destroyed && !w.partition.startsWith('print-')).at(-1);
      if (!win) throw new Error('no visit window');
      return win;
    },
    sessionOf(win: FakeWindow): FakeSession {
      const ses = sessions.get(win.partition);
      if (!ses) throw new Error(`no session for ${win.partition}`);
      return ses;
    },
    /** ipcRenderer.invoke from `win`. */
    invoke(win: FakeWindow, channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = ipcHandlers.get(channel);
      if (!handler) return Promise.reject(new Error(`no handler for ${channel}`));
      return Promise.resolve().then(() => handler(ipcEvent(win), ...args));
    },
    /** ipcRenderer.send from `win` (or from one of its sub-frames). */
    send(win: FakeWindow, channel: string, arg: unknown, options: { subFrame?: boolean } = {}): void {
      ipcListeners.get(channel)?.(ipcEvent(win, options), arg);
    },
    ipcChannels: () => [...ipcHandlers.keys(), ...ipcListeners.keys()],
    respondWith(responder: typeof respond): void {
      respond = responder;
    },
  };
}

export type ElectronFake = ReturnType<typeof createElectronFake>;
export type FakeWindow = ReturnType<ElectronFake['currentWindow']>;
