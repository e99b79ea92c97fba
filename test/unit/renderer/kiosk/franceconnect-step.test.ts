import { describe, expect, it, vi } from 'vitest';
import { closeFranceConnectStep, goToFranceConnect } from '@renderer/kiosk/franceconnect-step';

describe('the FranceConnect step', () => {
  it('is opened in main before the window leaves the app', () => {
    const order: string[] = [];
    const bridge = { setFranceConnectStep: vi.fn((on: boolean) => void order.push(`step ${on}`)) };
    const win = { location: { assign: vi.fn(() => void order.push('navigate')) } } as unknown as Window;
    goToFranceConnect(bridge, '/v1/franceconnect/start?returnTo=app%3A%2F%2Fkiosk%2F', win);
    expect(order).toEqual(['step true', 'navigate']);
  });

  it('is closed by telling main so', () => {
    const bridge = { setFranceConnectStep: vi.fn() };
    closeFranceConnectStep(bridge);
    expect(bridge.setFranceConnectStep).toHaveBeenCalledExactlyOnceWith(false);
  });
});
