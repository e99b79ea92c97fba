import { describe, expect, it } from 'vitest';
import { passwordRules } from '@shared/domain/password';
import { buttonsOf, frenchAccented, layouts, textOf } from '@renderer/keyboard/layouts';

const typedBy = (layer: string[]) => layer.map(textOf).filter((t): t is string => t !== null);

describe('the on-screen keyboard layouts', () => {
  it('give the AZERTY layout every French accented letter, hyphen, apostrophe and space without Shift', () => {
    const keys = buttonsOf(layouts.azerty);
    for (const letter of [...frenchAccented, '-', "'", '{space}']) expect(keys).toContain(letter);
    expect(keys.slice(0, 10).join('')).toBe('1234567890');
    expect(keys).toContain('a');
    expect(keys.indexOf('a')).toBeLessThan(keys.indexOf('z'));
  });

  it('put the accented capitals and capitals on the Shift layer, and keep the function keys', () => {
    const shifted = buttonsOf(layouts.azerty, 'shift');
    for (const capital of ['É', 'È', 'Ê', 'Ë', 'À', 'Â', 'Ä', 'Î', 'Ï', 'Ô', 'Ö', 'Û', 'Ù', 'Ü', 'Ç', 'Œ', 'Æ', 'A', 'Z']) {
      expect(shifted).toContain(capital);
    }
    expect(shifted).not.toContain('é');
    expect(shifted).toContain('{bksp}');
    expect(shifted).toContain('{shift}');
    expect(shifted).toContain('{space}');
  });

  it('give the digit pad the ten digits, the slash of dates and the plus of phone numbers, and nothing else to type', () => {
    const typed = buttonsOf(layouts.digits).map(textOf).filter((t): t is string => t !== null);
    expect(typed.sort()).toEqual(['+', '/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('give the NIR pad the digits plus A and B for Corsica, and no letter else', () => {
    const typed = buttonsOf(layouts.nir).map(textOf).filter((t): t is string => t !== null);
    expect(typed.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B']);
  });

  it('give the e-mail layout "@", ".", "-", "_", ".fr" and ".com" as single keys', () => {
    const keys = buttonsOf(layouts.email);
    for (const key of ['@', '.', '-', '_', '.fr', '.com']) expect(keys).toContain(key);
    expect(textOf('.com')).toBe('.com');
  });

  it('give the password layout every unaccented letter (Shift for capitals) and every digit, on both layers', () => {
    const lower = typedBy(buttonsOf(layouts.password, 'default'));
    const upper = typedBy(buttonsOf(layouts.password, 'shift'));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      expect(lower).toContain(letter);
      expect(upper).toContain(letter.toUpperCase());
    }
    for (const digit of '0123456789') {
      expect(lower).toContain(digit);
      expect(upper).toContain(digit);
    }
    expect(layouts.password.initial).toBe('default');
    expect(buttonsOf(layouts.password, 'shift')).toContain('{shift}');
  });

  it('give the password layout no key that the password rules refuse (no accent, apostrophe, hyphen nor space)', () => {
    const keys = [...buttonsOf(layouts.password, 'default'), ...buttonsOf(layouts.password, 'shift')];
    expect(keys).not.toContain('{space}');
    for (const typed of typedBy(keys)) expect(passwordRules(typed).lettersAndDigitsOnly, typed).toBe(true);
    expect(typedBy(keys)).toHaveLength(2 * (26 + 10));
  });

  it('types a space for the space bar and nothing for the other function keys', () => {
    expect(textOf('{space}')).toBe(' ');
    expect(textOf('{bksp}')).toBeNull();
    expect(textOf('{shift}')).toBeNull();
    expect(textOf('{hide}')).toBeNull();
  });
});
