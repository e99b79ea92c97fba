// Entry of the main process: wires the pieces together, nothing more. Each piece is a module tested without Electron
// (test/unit/electron); this file hands them Electron's objects.
import { app, BrowserWindow, clipboard, ipcMain, Menu, net, powerSaveBlocker, protocol, session, utilityProcess } from 'electron';
import log from 'electron-log/main';
import Store from 'electron-store';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAgentService } from './agent';
import { createAppProtocolHandler, outOfServiceResponse } from './app-protocol';
import { createBackendSupervisor } from './backend-supervisor';
import { configView, effectiveBackendUrl, loadConfig, type KioskConfig } from './config';
import { DisplaySleepService } from './display-sleep';
import { IdleCap, isPresenceInput } from './idle-cap';
import { shouldBlockInput } from './input-filter';
import { handleInvoke, handleSend } from './ipc-guard';
import { hardenSession, hardenWebContents } from './lockdown';
import { appOrigin, appScheme, originOf } from './navigation';
import { createPrinter } from './printer';
import { VisitService } from './visit-service';
import { printWindowOptions, windowOptions } from './window-options';

log.transports.file.level = 'info';
log.transports.console.level = 'info';

// Must happen before `ready`: app:// behaves as a secure standard origin (fetch, same-origin rules, CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);
// No swipe-back gesture and no pinch zoom on touch screens.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');
app.commandLine.appendSwitch('disable-pinch');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

// Windows are replaced at every visit end: the app only quits when asked to (agent panel, OS shutdown).
app.on('window-all-closed', () => undefined);
app.on('second-instance', () => log.warn('a second instance was started and refused'));

function start(): void {
  Menu.setApplicationMenu(null);
  const appPath = app.getAppPath();
  const loaded = loadConfig((options) => new Store(options));
  if (!loaded.ok) {
    log.error(`Invalid configuration, the kiosk is out of service: ${loaded.error}`);
    showOutOfService();
    return;
  }
  const { store } = loaded;
  let config: KioskConfig = loaded.config;
  let franceConnectStep = false;

  const embedded = () => config.mode === 'workshop' || config.backendUrl === undefined;
  const backendUrl = () => (embedded() ? effectiveBackendUrl({ ...config, backendUrl: undefined }) : effectiveBackendUrl(config));

  const supervisor = createBackendSupervisor({
    modulePath: join(appPath, 'out', 'backend', 'server.js'),
    exists: existsSync,
    fork: (modulePath, env) => utilityProcess.fork(modulePath, [], { env, serviceName: 'caf-sandbox', stdio: 'ignore' }),
    env: {
      HOST: '127.0.0.1',
      PORT: String(config.embeddedBackendPort),
      SANDBOX: '1',
      DATABASE_URL: `sqlite:${join(app.getPath('userData'), 'sandbox.sqlite')}`,
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    now: Date.now,
    log,
  });
  if (embedded()) supervisor.start();

  const lockdown = {
    policy: () => ({ backendOrigin: originOf(backendUrl()), franceConnectOrigins: config.franceConnectOrigins }),
    franceConnectStep: () => franceConnectStep,
    log,
  };
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, lockdown));

  const protocolHandler = createAppProtocolHandler({
    appOrigin,
    rendererRoot: join(appPath, 'out', 'renderer'),
    backendUrl,
    sandboxPaths: embedded,
    fetch: (url, init) => net.fetch(url, init),
  });

  const printer = createPrinter({
    createWindow: () => {
      const win = new BrowserWindow(printWindowOptions(`print-${randomUUID()}`));
      return {
        load: (html) => win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`),
        print: (options, done) => win.webContents.print(options, done),
        destroy: () => win.destroy(),
        isDestroyed: () => win.isDestroyed(),
        onClosed: (listener) => win.once('closed', listener),
      };
    },
    printerName: () => config.printer,
    log,
  });

  const displaySleep = new DisplaySleepService(powerSaveBlocker);
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

  visits = new VisitService({
    newId: randomUUID,
    openWindow: (partition, { cleared }) => {
      const ses = session.fromPartition(partition, { cache: false });
      hardenSession(ses);
      ses.protocol.handle(appScheme, protocolHandler);
      const win = new BrowserWindow(windowOptions({ mode: config.mode, preload: join(appPath, 'out', 'preload', 'index.cjs'), partition }));
      const contents = win.webContents;
      contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
      contents.on('before-input-event', (event, input) => {
        if (shouldBlockInput(input)) event.preventDefault();
      });
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
      win.once('ready-to-show', () => win.show());
      // The reason is one of shared/ipc's visitEndReasons (URL-safe words), never anything the visitor typed.
      void win.loadURL(`${appOrigin}/${cleared ? `?cleared=${cleared}` : ''}`);
      return { webContentsId: id, destroy: () => win.destroy(), isDestroyed: () => win.isDestroyed() };
    },
    session: (partition) => session.fromPartition(partition, { cache: false }),
    clearClipboard: () => clipboard.clear(),
    cancelPrints: (partition) => void printer.cancel(partition),
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
      store.set('mode', mode);
      config = { ...config, mode };
      if (embedded()) supervisor.start();
      else supervisor.stop();
      displaySleep.apply(mode !== 'laptop');
      await visits.end('agent-reset');
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

  setInterval(() => visits.checkRelaunch(), 60_000).unref();
  app.on('before-quit', () => supervisor.stop());
  visits.start();
  log.info(`kiosk started: mode ${config.mode}, terminal ${config.terminalId}, back end ${embedded() ? 'embedded sandbox' : 'configured'}`);
}

function showOutOfService(): void {
  const partition = `out-of-service-${randomUUID()}`;
  const ses = session.fromPartition(partition, { cache: false });
  hardenSession(ses);
  ses.protocol.handle(appScheme, () => outOfServiceResponse());
  const win = new BrowserWindow(windowOptions({ mode: 'kiosk', preload: join(app.getAppPath(), 'out', 'preload', 'index.cjs'), partition }));
  win.webContents.on('before-input-event', (event, input) => {
    if (shouldBlockInput(input)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${appOrigin}/`);
}
