// The visit lifecycle in the renderer. One visit = from the welcome screen to "Quitter", "Déconnexion", inactivity or
// an agent reset. Everything that holds a visitor's data registers a hook here (stores, the API client's token, the
// on-screen keyboard's buffer); endVisit() runs every hook, then asks main (through the bridge) to wipe and reload.
// In Electron the renderer is destroyed anyway; the hooks are the first layer, not the only one.
import type { KioskBridge, VisitEndReason } from '@shared/ipc';

export type VisitEndHook = (reason: VisitEndReason) => void | Promise<void>;

export interface VisitLifecycle {
  /** Registers a hook run at the end of every visit; returns a function that unregisters it. */
  onVisitEnd(hook: VisitEndHook): () => void;
  /**
   * Ends the visit once, however many callers ask at the same time. `finish` replaces the bridge's endVisit for
   * endings main performs itself after the hooks (the agent panel's workshop switch).
   */
  endVisit(reason: VisitEndReason, finish?: () => Promise<unknown>): Promise<void>;
}

export function createVisitLifecycle(bridge: Pick<KioskBridge, 'endVisit'>): VisitLifecycle {
  const hooks = new Set<VisitEndHook>();
  let ending: Promise<void> | null = null;

  async function runHooks(reason: VisitEndReason, finish?: () => Promise<unknown>): Promise<void> {
    // A failing hook (back end down during logout) must not keep the other hooks, or main, from clearing.
    await Promise.allSettled([...hooks].map(async (hook) => hook(reason)));
    if (finish) await finish();
    else await bridge.endVisit(reason);
  }

  return {
    onVisitEnd(hook) {
      hooks.add(hook);
      return () => hooks.delete(hook);
    },
    endVisit(reason, finish) {
      ending ??= runHooks(reason, finish).finally(() => {
        ending = null;
      });
      return ending;
    },
  };
}
