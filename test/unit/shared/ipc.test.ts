import { describe, expect, it } from 'vitest';
import { ipcChannels, isVisitEndReason } from '@shared/ipc';

describe('the kiosk bridge contract', () => {
  it('gives every verb its own channel', () => {
    const names = Object.values(ipcChannels);
    expect(new Set(names).size).toBe(names.length);
  });

  it('accepts only the known reasons for ending a visit', () => {
    expect(isVisitEndReason('logout')).toBe(true);
    expect(isVisitEndReason('reload')).toBe(false);
    expect(isVisitEndReason(42)).toBe(false);
  });
});
