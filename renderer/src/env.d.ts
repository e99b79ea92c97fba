/// <reference types="vite/client" />
import type { KioskBridge } from '@shared/ipc';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

declare global {
  interface Window {
    /** Present only inside the Electron kiosk (exposed by the preload). */
    kiosk?: KioskBridge;
  }
}
