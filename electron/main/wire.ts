// Main's wiring: hands Electron's objects (typed by electron-api.ts) to the plain modules of this folder, each tested
// without Electron. index.ts calls wire() with the real `electron` module; test/unit/electron/main/wire.test.ts calls
// it with a fake of the same type and checks the wiring itself: the lockdown of every visit's session and window, the
// order of a visit's end, the FranceConnect allowance, the embedded back end's restarts, the out-of-service screen.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createAgentService } from './agent';
import { createAppProtocolHandler } from './app-protocol';
import { createBackendSupervisor } from './backend-supervisor';
import { backendChoice, configView, embeddedSandboxSwitch, loadConfig, type ConfigStoreLike, type ConfigStoreOptions, type KioskConfig } from './config';
import { DisplaySleepService } from './display-sleep';
import type { ElectronApi, SessionApi, WindowApi } from './electron-api';
import { IdleCap, isPresenceInput } from './idle-cap';
import { shouldBlockInput } from './input-filter';
import { handleInvoke, handleSend } from './ipc-guard';
import { hardenSession, hardenWebContents } from './lockdown';
import { appOrigin, appScheme, originOf } from './navigation';
import { createPrinter } from './printer';
import { createSessionRevoker } from './session-revoker';
import { VisitService, type LogLike } from './visit-service';
import { printWindowOptions, windowOptions } from './window-options';

export interface WireDeps {
  log: LogLike;
  createStore(options: ConfigStoreOptions): ConfigStoreLike;
  exists(path: string): boolean;
  /** The process's arguments: `--embedded-sandbox` asks for the embedded sandbox (npm start). */
  argv: readonly string[];
  newId?(): string;
}

/** What a started kiosk exposes to its tests; nothing else holds it. */
export interface RunningKiosk {
  state: 'in-service' | 'out-of-service';
  visits?: VisitService;
}

/** The address at which main shows the renderer's « Borne hors service » screen. */
export const outOfServiceUrl = `${appOrigin}/out-of-service.html`;

export function wire(electron: ElectronApi, deps: WireDeps): Promise<RunningKiosk> {
  const { app, protocol } = electron;
  // Must happen before `ready`: app:// behaves as a secure standard origin (fetch, same-origin rules, CSP 'self').
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
  // No swipe-back gesture and no pinch zoom on touch screens.
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  app.commandLine.appendSwitch('disable-pinch');

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve({ state: 'out-of-service' });
  }
  // Windows are replaced at every visit end: the app only quits when asked to (agent panel, OS shutdown).
  app.on('window-all-closed', () => undefined);
  app.on('second-instance', () => deps.log.warn('a second instance was started and refused'));
  return app.whenReady().then(() => start(electron, deps));
}

function start(electron: ElectronApi, deps: WireDeps): RunningKiosk {
  const { app, BrowserWindow, session, net, ipcMain, log } = { ...electron, log: deps.log };
  const newId = deps.newId ?? randomUUID;
  electron.Menu.setApplicationMenu(null);
  const appPath = app.getAppPath();
  const rendererRoot = join(appPath, 'out', 'renderer');
  const preload = join(appPath, 'out', 'preload', 'index.cjs');

  const loaded = loadConfig(deps.createStore);
  if (!loaded.ok) {
    log.error(`Invalid configuration, the kiosk is out of service: ${loaded.error}`);
    return showOutOfService();
  }
  const { store } = loaded;
  let config: KioskConfig = loaded.config;
  const sandboxAsked = deps.argv.includes(embeddedSandboxSwitch);
  const initial = backendChoice(config, sandboxAsked);
  if (initial.kind === 'out-of-service') {
    log.error(`Incomplete configuration, the kiosk is out of service: ${initial.reason}`);
    return showOutOfService();
  }
  let franceConnectStep = false;

  const choice = () => backendChoice(config, sandboxAsked);
  const embedded = () => choice().kind === 'embedded-sandbox';
  const backendUrl = () => {
    const current = choice();
    return current.kind === 'out-of-service' ? null : current.url;
  };

  const supervisor = createBackendSupervisor({
    modulePath: join(appPath, 'out', 'backend', 'server.js'),
    exists: deps.exists,
    fork: (modulePath, env) => electron.utilityProcess.fork(modulePath, [], { env, serviceName: 'caf-sandbox', stdio: 'ignore' }),
    // SANDBOX=1: the sandbox is asked for explicitly (the back end refuses to start as one otherwise). Its database
    // lives in memory: the seed identities and whatever a visitor typed are gone when it stops.
    env: { HOST: '127.0.0.1', PORT: String(config.embeddedBackendPort), SANDBOX: '1', DATABASE_URL: 'sqlite::memory:' },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    now: Date.now,
    log,
  });
  if (embedded()) supervisor.start();

  const lockdown = {
    policy: () => {
      const url = backendUrl();
      return { backendOrigin: url === null ? null : originOf(url), franceConnectOrigins: config.franceConnectOrigins };
    },
    franceConnectStep: () => franceConnectStep,
    log,
  };
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, lockdown));

  const protocolHandler = createAppProtocolHandler({
    appOrigin,
    rendererRoot,
    backendUrl,
    sandboxPaths: embedded,
    fetch: (url, init) => net.fetch(url, init),
  });
  const revoker = createSessionRevoker({
    fetch: (url, init) => net.fetch(url, init),
    backendUrl: () => backendUrl() ?? '',
    log,
  });

  const printer = createPrinter({
    createWindow: () => {
      const win = new BrowserWindow(printWindowOptions(`print-${newId()}`));
      return {
        load: (html) => win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`),
        print: (options, done) => win.webContents.print(options, done),
        destroy: () => win.destroy(),
        isDestroyed: () => win.isDestroyed(),
        onClosed: (listener) => void win.once('closed', listener),
      };
    },
    printerName: () => config.printer,
    log,
  });

  const displaySleep = new DisplaySleepService(electron.powerSaveBlocker);
  displaySleep.apply(config.mode !== 'laptop');

  // eslint-disable-next-line prefer-const -- the cap and the visits refer to each other
  let visits: VisitService;
  const idleCap = new IdleCap(
    { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    () => config.timeouts,
    () => {
      log.info('idle hard cap reached');
      void visits.end('inactivity');
    },
  );

  const visitSession = (partition: string): SessionApi => session.fromPartition(partition, { cache: false });

  visits = new VisitService({
    newId,
    openWindow: (partition, { cleared }) => {
      const ses = visitSession(partition);
      hardenSession(ses);
      ses.protocol.handle(appScheme, revoker.observe(partition, protocolHandler));
      const win = new BrowserWindow(windowOptions({ mode: config.mode, preload, partition }));
      lockWindow(win);
      const contents = win.webContents;
      contents.on('input-event', (_event, input) => {
        if (!isPresenceInput(input.type)) return;
        idleCap.input();
        visits.input();
      });
      // Only the current visit's renderer counts: destroying the old window at a visit end also ends its process.
      const id = contents.id;
      contents.on('render-process-gone', (_event, details) => {
        if (!visits.isCurrent(id)) return;
        log.error(`renderer gone: ${details.reason}`);
        void visits.end('renderer-gone');
      });
      win.on('unresponsive', () => {
        if (!visits.isCurrent(id)) return;
        log.error('renderer unresponsive');
        void visits.end('renderer-gone');
      });
      // The reason is one of shared/ipc's visitEndReasons (URL-safe words), never anything the visitor typed.
      void win.loadURL(`${appOrigin}/${cleared ? `?cleared=${cleared}` : ''}`);
      return { webContentsId: id, destroy: () => win.destroy(), isDestroyed: () => win.isDestroyed() };
    },
    session: visitSession,
    clearClipboard: () => electron.clipboard.clear(),
    cancelPrints: (partition) => void printer.cancel(partition),
    revokeSessions: (partition) => revoker.revoke(partition),
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    now: () => new Date(),
    log,
    relaunchPolicy: () => config.relaunch,
    onPhase: (phase) => {
      if (phase === 'in-visit') idleCap.arm();
      else idleCap.disarm();
      if (phase === 'ending') {
        franceConnectStep = false;
        agent.lock();
      }
    },
  });

  const agent = createAgentService({
    storedHash: () => config.agentPinHash,
    now: Date.now,
    version: app.getVersion(),
    terminalId: () => config.terminalId,
    siteName: () => config.siteName,
    mode: () => config.mode,
    backendEmbedded: embedded,
    backendReachable: async () => {
      try {
        const response = await net.fetch(`${backendUrl()}/v1/health`, { signal: AbortSignal.timeout(3000) });
        return response.ok;
      } catch {
        return false;
      }
    },
    startedAt: Date.now(),
    visitsSinceStart: () => visits.state.visitsSinceStart,
    resetVisit: () => visits.end('agent-reset'),
    setMode: async (mode) => {
      // Leaving workshop mode on a kiosk configured without a back end would leave it out of service: refused.
      if (backendChoice({ ...config, mode }, sandboxAsked).kind === 'out-of-service') return false;
      store.set('mode', mode);
      config = { ...config, mode };
      if (embedded()) supervisor.start();
      else supervisor.stop();
      displaySleep.apply(mode !== 'laptop');
      await visits.end('agent-reset');
      return true;
    },
    resetWorkshop: async () => {
      // The embedded sandbox only (workshop mode always runs on it): a configured back end is never reset from here.
      if (config.mode !== 'workshop' || !embedded()) return false;
      try {
        const response = await net.fetch(`${backendUrl()}/sandbox/reset`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
        if (!response.ok) log.warn(`workshop reset refused by the sandbox: ${response.status}`);
        return response.ok;
      } catch {
        log.warn('workshop reset: the sandbox did not answer');
        return false;
      }
    },
    quit: () => {
      supervisor.stop();
      app.quit();
    },
    log,
  });

  const guard = { log, isCurrentVisit: (id: number) => visits.isCurrent(id) };
  handleInvoke(ipcMain, 'getConfig', guard, () => configView(config, appOrigin));
  handleSend(ipcMain, 'reportActivity', guard, () => visits.input());
  handleSend(ipcMain, 'setWaitingForCode', guard, (waiting) => idleCap.setWaitingForCode(waiting));
  handleSend(ipcMain, 'setFranceConnectStep', guard, (active) => {
    franceConnectStep = active;
  });
  handleInvoke(ipcMain, 'endVisit', guard, (reason) => visits.end(reason));
  handleInvoke(ipcMain, 'print', guard, (job) => printer.print(visits.partition, job));
  handleInvoke(ipcMain, 'agentUnlock', guard, (pin, sender) => agent.unlock(pin, sender));
  handleInvoke(ipcMain, 'agentStatus', guard, (_none, sender) => agent.status(sender));
  handleInvoke(ipcMain, 'agentAction', guard, (action, sender) => agent.action(action, sender));
  handleInvoke(ipcMain, 'callAgent', guard, () => agent.call());

  setInterval(() => visits.checkRelaunch(), 60_000).unref();
  app.on('before-quit', () => supervisor.stop());
  visits.start();
  log.info(`kiosk started: mode ${config.mode}, terminal ${config.terminalId}, back end ${embedded() ? 'embedded sandbox' : 'configured'}`);
  return { state: 'in-service', visits };

  /** The out-of-service window: the renderer's « Borne hors service » screen, no back end, no bridge handlers. */
  function showOutOfService(): RunningKiosk {
    const partition = `out-of-service-${newId()}`;
    const ses = session.fromPartition(partition, { cache: false });
    hardenSession(ses);
    ses.protocol.handle(
      appScheme,
      createAppProtocolHandler({ appOrigin, rendererRoot, backendUrl: () => null, sandboxPaths: () => false, fetch: () => Promise.reject(new Error('out of service')) }),
    );
    app.on('web-contents-created', (_event, contents) =>
      hardenWebContents(contents, { policy: () => ({ backendOrigin: null, franceConnectOrigins: [] }), franceConnectStep: () => false, log }),
    );
    const win = new BrowserWindow(windowOptions({ mode: 'kiosk', preload, partition }));
    lockWindow(win);
    void win.loadURL(outOfServiceUrl);
    return { state: 'out-of-service' };
  }

  /** What every kiosk window gets besides the app-wide lockdown: no zoom, the swallowed shortcuts, shown when ready. */
  function lockWindow(win: WindowApi): void {
    win.webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    win.webContents.on('before-input-event', (event, input) => {
      if (shouldBlockInput(input)) event.preventDefault();
    });
    win.once('ready-to-show', () => win.show());
  }
}
