// Entry of the main process: hands the real Electron, electron-log and electron-store to wire() (wire.ts), which
// wires them to the plain modules of this folder. Nothing else belongs here.
import { app, BrowserWindow, clipboard, ipcMain, Menu, net, powerSaveBlocker, protocol, session, utilityProcess } from 'electron';
import log from 'electron-log/main';
import Store from 'electron-store';
import { existsSync } from 'node:fs';
import type { ElectronApi } from './electron-api';
import { wire } from './wire';

log.transports.file.level = 'info';
log.transports.console.level = 'info';

const electron: ElectronApi = { app, BrowserWindow, clipboard, ipcMain, Menu, net, powerSaveBlocker, protocol, session, utilityProcess };
void wire(electron, { log, createStore: (options) => new Store(options), exists: existsSync, argv: process.argv });
