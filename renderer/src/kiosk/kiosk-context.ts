// What every screen may need of the kiosk: the bridge, the configuration main gave, the visit lifecycle, and the
// "waiting for a code" flag that lengthens the idle allowance. Provided once at start (main.ts), injected with
// useKiosk(). A screen that waits for a verification code calls useWaitingForCode() in its setup.
import { computed, inject, onBeforeUnmount, onMounted, ref, type App, type ComputedRef, type InjectionKey } from 'vue';
import type { KioskBridge, KioskConfigView } from '@shared/ipc';
import { createVisitLifecycle, type VisitLifecycle } from './visit';

export interface KioskContext {
  bridge: KioskBridge;
  config: KioskConfigView;
  visit: VisitLifecycle;
  /** True while at least one mounted screen waits for a code. */
  waitingForCode: ComputedRef<boolean>;
  setWaitingForCode(holder: symbol, waiting: boolean): void;
}

export const kioskKey: InjectionKey<KioskContext> = Symbol('kiosk');

export async function createKioskContext(bridge: KioskBridge): Promise<KioskContext> {
  const config = await bridge.getConfig();
  const holders = ref(new Set<symbol>());
  const waitingForCode = computed(() => holders.value.size > 0);
  return {
    bridge,
    config,
    visit: createVisitLifecycle(bridge),
    waitingForCode,
    setWaitingForCode(holder, waiting) {
      const before = holders.value.size > 0;
      const next = new Set(holders.value);
      if (waiting) next.add(holder);
      else next.delete(holder);
      holders.value = next;
      if (before !== next.size > 0) bridge.setWaitingForCode(next.size > 0);
    },
  };
}

export function installKiosk(app: App, context: KioskContext): void {
  app.provide(kioskKey, context);
}

export function useKiosk(): KioskContext {
  const context = inject(kioskKey);
  if (!context) throw new Error('useKiosk() needs installKiosk() at start (renderer/src/main.ts)');
  return context;
}

/** For a screen that waits for a verification code (seed 001: "code valable 10 minutes"): longer idle allowance. */
export function useWaitingForCode(): void {
  const kiosk = useKiosk();
  const holder = Symbol('waiting-for-code');
  onMounted(() => kiosk.setWaitingForCode(holder, true));
  onBeforeUnmount(() => kiosk.setWaitingForCode(holder, false));
}
