// The preload exposes the typed kiosk bridge and nothing else (never ipcRenderer itself).
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type KioskBridge } from '@shared/ipc';

const bridge: KioskBridge = {
  getConfig: () => ipcRenderer.invoke(ipcChannels.getConfig),
  reportActivity: () => ipcRenderer.send(ipcChannels.reportActivity),
  endVisit: (reason) => ipcRenderer.invoke(ipcChannels.endVisit, reason),
  print: (job) => ipcRenderer.invoke(ipcChannels.print, job),
};

contextBridge.exposeInMainWorld('kiosk', bridge);
