import { describe, expect, it, vi } from 'vitest';
import { closeFranceConnectStepOnReturn, goToFranceConnect } from '@renderer/kiosk/franceconnect-step';

describe('the FranceConnect step', () => {
  it('is opened in main before the window leaves the app', () => {
    const order: string[] = [];
    const bridge = { setFranceConnectStep: vi.fn((on: boolean) => void order.push(`step ${on}`)) };
    const win = { location: { assign: vi.fn(() => void order.push('navigate')) } } as unknown as Window;
    goToFranceConnect(bridge, '/v1/franceconnect/start?returnTo=app%3A%2F%2Fkiosk%2F', win);
    expect(order).toEqual(['step true', 'navigate']);
  });

  it.each(['#franceconnect_code=abc', '#franceconnect_error=franceconnect.cancelled', '#x=1&franceconnect_logout=done'])(
    'is closed when the page comes back with %s',
    (hash) => {
      const bridge = { setFranceConnectStep: vi.fn() };
      expect(closeFranceConnectStepOnReturn(bridge, hash)).toBe(true);
      expect(bridge.setFranceConnectStep).toHaveBeenCalledWith(false);
    },
  );

  it('is left alone on an ordinary page load', () => {
    const bridge = { setFranceConnectStep: vi.fn() };
    expect(closeFranceConnectStepOnReturn(bridge, '')).toBe(false);
    expect(bridge.setFranceConnectStep).not.toHaveBeenCalled();
  });
});
