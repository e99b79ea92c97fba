import { describe, expect, it, vi } from 'vitest';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

describe('the visit lifecycle with a custom finish', () => {
  it('runs the visit hooks before the finish (the agent’s workshop switch) and not the bridge’s end', async () => {
    const bridge = { endVisit: vi.fn(async () => undefined) };
    const visit = createVisitLifecycle(bridge);
    const order: string[] = [];
    visit.onVisitEnd(() => void order.push('logout'));
    await visit.endVisit('agent-reset', async () => void order.push('switch'));
    expect(order).toEqual(['logout', 'switch']);
    expect(bridge.endVisit).not.toHaveBeenCalled();
  });
});
