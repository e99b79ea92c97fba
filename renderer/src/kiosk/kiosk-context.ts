// What every screen may need of the kiosk, provided once by main.ts: the bridge (print, end of visit), the visit
// lifecycle (every holder of visitor data registers its onVisitEnd hook there) and the configuration once read.
import { inject, type InjectionKey, type Ref } from 'vue';
import type { KioskBridge, KioskConfigView } from '@shared/ipc';
import type { VisitLifecycle } from './visit';

export interface KioskContext {
  bridge: KioskBridge;
  visit: VisitLifecycle;
  config: Ref<KioskConfigView | null>;
}

export const kioskKey: InjectionKey<KioskContext> = Symbol('kiosk');

export function useKiosk(): KioskContext {
  const kiosk = inject(kioskKey);
  if (!kiosk) throw new Error('The kiosk context is provided by main.ts');
  return kiosk;
}
