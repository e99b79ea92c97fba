import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '@shared/ipc';
import { createKioskContext, kioskKey, useWaitingForCode } from '@renderer/kiosk/kiosk-context';
import { defaultWebConfig } from '@renderer/kiosk/web-bridge';

function fakeBridge(): KioskBridge {
  return {
    getConfig: async () => structuredClone(defaultWebConfig),
    reportActivity: vi.fn(),
    setWaitingForCode: vi.fn(),
    setFranceConnectStep: vi.fn(),
    endVisit: vi.fn(async () => undefined),
    print: vi.fn(),
    agentUnlock: vi.fn(),
    agentStatus: vi.fn(),
    agentAction: vi.fn(),
  };
}

describe('the kiosk context', () => {
  it('tells main a code is awaited while a code screen is shown, and stops when it goes', async () => {
    const bridge = fakeBridge();
    const kiosk = await createKioskContext(bridge);
    const CodeScreen = defineComponent({ setup: () => (useWaitingForCode(), () => h('p', 'code')) });
    const wrapper = mount(CodeScreen, { global: { provide: { [kioskKey as symbol]: kiosk } } });
    expect(kiosk.waitingForCode.value).toBe(true);
    expect(bridge.setWaitingForCode).toHaveBeenLastCalledWith(true);
    wrapper.unmount();
    expect(kiosk.waitingForCode.value).toBe(false);
    expect(bridge.setWaitingForCode).toHaveBeenLastCalledWith(false);
  });

  it('runs the visit hooks before a custom finish (the agent’s workshop switch)', async () => {
    const bridge = fakeBridge();
    const kiosk = await createKioskContext(bridge);
    const order: string[] = [];
    kiosk.visit.onVisitEnd(() => void order.push('logout'));
    await kiosk.visit.endVisit('agent-reset', async () => void order.push('switch'));
    expect(order).toEqual(['logout', 'switch']);
    expect(bridge.endVisit).not.toHaveBeenCalled();
  });
});
