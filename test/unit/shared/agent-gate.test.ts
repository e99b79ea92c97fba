import { describe, expect, it } from 'vitest';
import { agentGatePolicy, createAgentGate } from '@shared/agent-gate';

describe('the agent gate’s attempts limit', () => {
  const make = (now: { t: number }) =>
    createAgentGate({ enabled: true, maxAttempts: 3, lockMs: 60_000, unlockMs: 30_000, now: () => now.t, check: (pin) => pin === '1234' });

  it('counts down the attempts left, then locks even the right PIN', () => {
    const now = { t: 0 };
    const gate = make(now);
    expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
    expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 1 });
    expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'locked', retryInSeconds: 60 });
    expect(gate.unlock('1234', 1)).toMatchObject({ ok: false, reason: 'locked' });
    now.t = 60_000;
    expect(gate.unlock('1234', 1)).toEqual({ ok: true });
  });

  it('locks twice as long the second time', () => {
    const now = { t: 0 };
    const gate = make(now);
    for (let i = 0; i < 3; i++) gate.unlock('0000', 1);
    now.t = 60_000;
    for (let i = 0; i < 2; i++) gate.unlock('0000', 1);
    expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'locked', retryInSeconds: 120 });
  });

  it('resets the count after a right PIN', () => {
    const now = { t: 0 };
    const gate = make(now);
    gate.unlock('0000', 1);
    gate.unlock('0000', 1);
    gate.unlock('1234', 1);
    expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
  });

  it('is disabled when no PIN is configured', () => {
    const gate = createAgentGate({ enabled: false, check: () => true, now: () => 0 });
    expect(gate.unlock('1234', 1)).toEqual({ ok: false, reason: 'disabled' });
  });
});

describe('the agent gate’s unlocked window', () => {
  it('is open only to who unlocked it, until it expires or is locked', () => {
    const now = { t: 0 };
    const gate = createAgentGate<number>({ enabled: true, unlockMs: 30_000, now: () => now.t, check: (pin) => pin === '1234' });
    expect(gate.isUnlocked(1)).toBe(false);
    expect(gate.unlock('1234', 1)).toEqual({ ok: true });
    expect(gate.isUnlocked(1)).toBe(true);
    expect(gate.isUnlocked(2)).toBe(false);
    now.t = 29_999;
    expect(gate.isUnlocked(1)).toBe(true);
    now.t = 30_000;
    expect(gate.isUnlocked(1)).toBe(false);
    gate.unlock('1234', 1);
    gate.lock();
    expect(gate.isUnlocked(1)).toBe(false);
  });

  it('uses the kiosk’s policy by default: five attempts, five minutes, two minutes unlocked', () => {
    const now = { t: 0 };
    const gate = createAgentGate({ enabled: true, now: () => now.t, check: (pin) => pin === '1234' });
    for (let left = agentGatePolicy.maxAttempts - 1; left >= 1; left--) expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: left });
    expect(gate.unlock('0000', 1)).toEqual({ ok: false, reason: 'locked', retryInSeconds: 300 });
    now.t = 300_000;
    expect(gate.unlock('1234', 1)).toEqual({ ok: true });
    now.t += 120_000;
    expect(gate.isUnlocked(1)).toBe(false);
  });
});
