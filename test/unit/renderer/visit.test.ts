import { describe, expect, it, vi } from 'vitest';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

describe('the visit lifecycle', () => {
  it('runs every hook, then asks main to end the visit', async () => {
    const order: string[] = [];
    const bridge = { endVisit: vi.fn(async () => void order.push('main')) };
    const visit = createVisitLifecycle(bridge);
    visit.onVisitEnd(() => void order.push('store'));
    visit.onVisitEnd(async () => void order.push('token'));
    await visit.endVisit('logout');
    expect(order).toEqual(['store', 'token', 'main']);
    expect(bridge.endVisit).toHaveBeenCalledWith('logout');
  });

  it('still clears when a hook fails (back end down during logout)', async () => {
    const bridge = { endVisit: vi.fn(async () => undefined) };
    const visit = createVisitLifecycle(bridge);
    const after = vi.fn();
    visit.onVisitEnd(() => Promise.reject(new Error('network')));
    visit.onVisitEnd(after);
    await visit.endVisit('inactivity');
    expect(after).toHaveBeenCalled();
    expect(bridge.endVisit).toHaveBeenCalledTimes(1);
  });

  it('ends a visit once when asked twice at the same moment', async () => {
    const bridge = { endVisit: vi.fn(async () => undefined) };
    const visit = createVisitLifecycle(bridge);
    await Promise.all([visit.endVisit('quit'), visit.endVisit('inactivity')]);
    expect(bridge.endVisit).toHaveBeenCalledTimes(1);
  });

  it('forgets a hook that unregistered', async () => {
    const visit = createVisitLifecycle({ endVisit: async () => undefined });
    const hook = vi.fn();
    visit.onVisitEnd(hook)();
    await visit.endVisit('quit');
    expect(hook).not.toHaveBeenCalled();
  });
});
