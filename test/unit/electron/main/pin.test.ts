import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../../electron/main/pin';

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
