// The preload exposes the typed kiosk bridge and nothing else (never ipcRenderer itself, never a generic "send").
// Each verb is a fixed channel; main validates the sender frame and the payload again (shared/ipc.ts guards).
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type KioskBridge } from '@shared/ipc';

const bridge: KioskBridge = {
  getConfig: () => ipcRenderer.invoke(ipcChannels.getConfig),
  reportActivity: () => ipcRenderer.send(ipcChannels.reportActivity),
  setWaitingForCode: (waiting) => ipcRenderer.send(ipcChannels.setWaitingForCode, waiting),
  setFranceConnectStep: (active) => ipcRenderer.send(ipcChannels.setFranceConnectStep, active),
  endVisit: (reason) => ipcRenderer.invoke(ipcChannels.endVisit, reason),
  print: (job) => ipcRenderer.invoke(ipcChannels.print, job),
  agentUnlock: (pin) => ipcRenderer.invoke(ipcChannels.agentUnlock, pin),
  agentStatus: () => ipcRenderer.invoke(ipcChannels.agentStatus),
  agentAction: (action) => ipcRenderer.invoke(ipcChannels.agentAction, action),
  callAgent: () => ipcRenderer.invoke(ipcChannels.callAgent),
};

contextBridge.exposeInMainWorld('kiosk', bridge);
