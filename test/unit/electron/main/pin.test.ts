import { describe, expect, it } from 'vitest';
import { createPinGate, hashPin, verifyPin } from '../../../../electron/main/pin';

describe('the agent PIN hash', () => {
  it('verifies the right PIN and refuses another', () => {
    const stored = hashPin('482913');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(verifyPin('482913', stored)).toBe(true);
    expect(verifyPin('482914', stored)).toBe(false);
  });

  it('salts every hash', () => {
    expect(hashPin('1234')).not.toBe(hashPin('1234'));
  });

  it('refuses malformed or abusive stored hashes instead of throwing', () => {
    expect(verifyPin('1234', 'garbage')).toBe(false);
    expect(verifyPin('1234', 'scrypt$1048576$8$1$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(false);
  });
});

describe('the PIN attempts limit', () => {
  const make = (now: { t: number }) =>
    createPinGate({ storedHash: 'x', maxAttempts: 3, lockMs: 60_000, now: () => now.t, verify: (pin) => pin === '1234' });

  it('counts down the attempts left, then locks even the right PIN', () => {
    const now = { t: 0 };
    const gate = make(now);
    expect(gate.attempt('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
    expect(gate.attempt('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 1 });
    expect(gate.attempt('0000')).toEqual({ ok: false, reason: 'locked', retryInSeconds: 60 });
    expect(gate.attempt('1234')).toMatchObject({ ok: false, reason: 'locked' });
    now.t = 60_000;
    expect(gate.attempt('1234')).toEqual({ ok: true });
  });

  it('locks twice as long the second time', () => {
    const now = { t: 0 };
    const gate = make(now);
    for (let i = 0; i < 3; i++) gate.attempt('0000');
    now.t = 60_000;
    for (let i = 0; i < 2; i++) gate.attempt('0000');
    expect(gate.attempt('0000')).toEqual({ ok: false, reason: 'locked', retryInSeconds: 120 });
  });

  it('resets the count after a right PIN', () => {
    const now = { t: 0 };
    const gate = make(now);
    gate.attempt('0000');
    gate.attempt('0000');
    gate.attempt('1234');
    expect(gate.attempt('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 });
  });

  it('is disabled when no PIN hash is configured', () => {
    const gate = createPinGate({ storedHash: '', maxAttempts: 3, lockMs: 1, now: () => 0 });
    expect(gate.attempt('1234')).toEqual({ ok: false, reason: 'disabled' });
  });
});
