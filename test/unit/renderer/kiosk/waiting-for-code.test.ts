import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { createWaitingForCode, useWaitingForCode, waitingForCodeKey } from '@renderer/kiosk/waiting-for-code';

describe('waiting for a code', () => {
  it('tells main while a code screen is shown, and stops when it goes', () => {
    const bridge = { setWaitingForCode: vi.fn() };
    const waiting = createWaitingForCode(bridge);
    const CodeScreen = defineComponent({ setup: () => (useWaitingForCode(), () => h('p', 'code')) });
    const wrapper = mount(CodeScreen, { global: { provide: { [waitingForCodeKey as symbol]: waiting } } });
    expect(waiting.active.value).toBe(true);
    expect(bridge.setWaitingForCode).toHaveBeenLastCalledWith(true);
    wrapper.unmount();
    expect(waiting.active.value).toBe(false);
    expect(bridge.setWaitingForCode).toHaveBeenLastCalledWith(false);
  });

  it('tells main once when two screens wait at the same time', () => {
    const bridge = { setWaitingForCode: vi.fn() };
    const waiting = createWaitingForCode(bridge);
    const a = Symbol('a');
    const b = Symbol('b');
    waiting.set(a, true);
    waiting.set(b, true);
    waiting.set(a, false);
    expect(waiting.active.value).toBe(true);
    expect(bridge.setWaitingForCode).toHaveBeenCalledTimes(1);
  });
});
