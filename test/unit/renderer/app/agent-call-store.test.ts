// « Appeler un agent »: one call per visit through the bridge, the time main recorded kept for the screens, a failure
// said (not silent), and nothing left for the next visitor.
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { createApp, ref } from 'vue';
import type { KioskBridge } from '@shared/ipc';
import { useAgentCallStore } from '@renderer/app/agent-call-store';
import { resetStoresAtVisitEnd } from '@renderer/app/visit-reset';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

function setup(callAgent: KioskBridge['callAgent']) {
  const visit = createVisitLifecycle({ endVisit: async () => undefined });
  const app = createApp({ render: () => null });
  app.provide(kioskKey, { bridge: { callAgent } as unknown as KioskBridge, visit, config: ref(null) });
  const pinia = createPinia();
  pinia.use(resetStoresAtVisitEnd(visit));
  app.use(pinia);
  setActivePinia(pinia);
  return { visit, store: app.runWithContext(() => useAgentCallStore()) };
}

describe('the agent call', () => {
  it('asks main once and keeps the time main recorded', async () => {
    const callAgent = vi.fn(async () => ({ terminalId: 'caf75-02', siteName: 'Paris', at: '2026-12-01T14:32:00.000Z' }));
    const { store } = setup(callAgent);
    await Promise.all([store.call(), store.call()]);
    await store.call();
    expect(callAgent).toHaveBeenCalledTimes(1);
    expect(store.calledAt).toBe('2026-12-01T14:32:00.000Z');
    expect(store.failed).toBe(false);
  });

  it('says when the call could not be made, and lets the visitor try again', async () => {
    const callAgent = vi.fn().mockRejectedValueOnce(new Error('refused')).mockResolvedValueOnce({ terminalId: 't', siteName: '', at: '2026-12-01T14:33:00.000Z' });
    const { store } = setup(callAgent);
    await store.call();
    expect(store.failed).toBe(true);
    expect(store.calledAt).toBeNull();
    await store.call();
    expect(store.failed).toBe(false);
    expect(store.calledAt).toBe('2026-12-01T14:33:00.000Z');
  });

  it('is forgotten at the end of the visit', async () => {
    const { store, visit } = setup(async () => ({ terminalId: 't', siteName: '', at: '2026-12-01T14:32:00.000Z' }));
    await store.call();
    await visit.endVisit('quit');
    expect(store.calledAt).toBeNull();
  });
});
