// "Waiting for a code": while a screen waits for the verification code (« Comment je fais pour me connecter … sur mon
// mobile ? »: valid 10 minutes), the idle allowance is the longer one, in the renderer's idle guard and in main's hard
// cap. A screen says so by calling
// useWaitingForCode() in its setup; the flag holds while at least one such screen is mounted.
import { computed, inject, onBeforeUnmount, onMounted, ref, type ComputedRef, type InjectionKey } from 'vue';
import type { KioskBridge } from '@shared/ipc';

export interface WaitingForCode {
  active: ComputedRef<boolean>;
  set(holder: symbol, waiting: boolean): void;
}

export const waitingForCodeKey: InjectionKey<WaitingForCode> = Symbol('waiting-for-code');

export function createWaitingForCode(bridge: Pick<KioskBridge, 'setWaitingForCode'>): WaitingForCode {
  const holders = ref(new Set<symbol>());
  return {
    active: computed(() => holders.value.size > 0),
    set(holder, waiting) {
      const before = holders.value.size > 0;
      const next = new Set(holders.value);
      if (waiting) next.add(holder);
      else next.delete(holder);
      holders.value = next;
      if (before !== next.size > 0) bridge.setWaitingForCode(next.size > 0);
    },
  };
}

/** For a screen that waits for a verification code. Does nothing where no kiosk shell provided the flag (tests). */
export function useWaitingForCode(): void {
  const waiting = inject(waitingForCodeKey, null);
  if (!waiting) return;
  const holder = Symbol('screen');
  onMounted(() => waiting.set(holder, true));
  onBeforeUnmount(() => waiting.set(holder, false));
}

/** For the idle guard. */
export function useWaitingForCodeFlag(): ComputedRef<boolean> {
  const waiting = inject(waitingForCodeKey, null);
  return waiting?.active ?? computed(() => false);
}
