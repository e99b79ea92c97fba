// The part of Electron's API that main uses, as types picked from electron.d.ts: index.ts hands the real `electron`
// module to wire() through this type, and the wiring tests hand a fake of it (test/support/electron-api-fake.ts).
// Both are checked against electron.d.ts, so an Electron upgrade that changes one of these calls fails the typecheck
// instead of the kiosk. Add a member here before using a new piece of Electron in wire.ts.
import type {
  App,
  BrowserWindowConstructorOptions,
  Clipboard,
  CommandLine,
  ForkOptions,
  FromPartitionOptions,
  IpcMain,
  Menu,
  Net,
  PowerSaveBlocker,
  Protocol,
  Session,
  UtilityProcess,
  BrowserWindow,
  WebContents,
} from 'electron';

export type WebContentsApi = Pick<WebContents, 'id' | 'on' | 'setWindowOpenHandler' | 'setVisualZoomLevelLimits' | 'print'>;

export interface WindowApi extends Pick<BrowserWindow, 'on' | 'once' | 'show' | 'loadURL' | 'destroy' | 'isDestroyed'> {
  readonly webContents: WebContentsApi;
}

export interface SessionApi
  extends Pick<
    Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'setSpellCheckerEnabled'
    | 'on'
    | 'clearData'
    | 'clearCache'
    | 'clearAuthCache'
    | 'clearHostResolverCache'
    | 'closeAllConnections'
  > {
  readonly protocol: Pick<Protocol, 'handle'>;
}

export type UtilityProcessApi = Pick<UtilityProcess, 'on' | 'kill'>;

export interface ElectronApi {
  app: Pick<App, 'on' | 'whenReady' | 'requestSingleInstanceLock' | 'quit' | 'exit' | 'relaunch' | 'getAppPath' | 'getPath' | 'getVersion'> & {
    readonly commandLine: Pick<CommandLine, 'appendSwitch'>;
  };
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => WindowApi;
  clipboard: Pick<Clipboard, 'clear'>;
  ipcMain: Pick<IpcMain, 'handle' | 'on'>;
  Menu: { setApplicationMenu(menu: Menu | null): void };
  net: Pick<Net, 'fetch'>;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  session: { fromPartition(partition: string, options?: FromPartitionOptions): SessionApi };
  utilityProcess: { fork(modulePath: string, args?: string[], options?: ForkOptions): UtilityProcessApi };
}
