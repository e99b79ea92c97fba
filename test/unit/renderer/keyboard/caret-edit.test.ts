import { describe, expect, it } from 'vitest';
import { backspaceAtCaret, insertAtCaret } from '@renderer/keyboard/caret-edit';

const at = (value: string, start: number, end = start) => ({ value, selectionStart: start, selectionEnd: end });

describe('editing at the caret', () => {
  it('inserts at the caret, not at the end, and moves the caret after the text', () => {
    expect(insertAtCaret(at('DUPNT', 3), 'O')).toEqual({ value: 'DUPONT', caret: 4, data: 'O', inputType: 'insertText' });
  });

  it('replaces the selection with what is typed', () => {
    expect(insertAtCaret(at('01/13/1980', 3, 5), '12')?.value).toBe('01/12/1980');
  });

  it('inserts a multi-character key such as ".com" whole', () => {
    const edit = insertAtCaret(at('jean@exemple', 12), '.com');
    expect(edit?.value).toBe('jean@exemple.com');
    expect(edit?.caret).toBe(16);
  });

  it('refuses a key that would go past the field maximum length', () => {
    expect(insertAtCaret(at('12345', 5), '6', 5)).toBeNull();
    expect(insertAtCaret(at('1234', 4), '5', 5)?.value).toBe('12345');
  });

  it('removes the character before the caret with Backspace', () => {
    expect(backspaceAtCaret(at('DUPONTT', 6))).toEqual({ value: 'DUPONT', caret: 5, data: null, inputType: 'deleteContentBackward' });
  });

  it('removes the whole selection with Backspace', () => {
    expect(backspaceAtCaret(at('JEAN-PIERRE', 4, 11))?.value).toBe('JEAN');
  });

  it('does nothing with Backspace at the start of the field', () => {
    expect(backspaceAtCaret(at('ABC', 0))).toBeNull();
  });

  it('removes a whole emoji rather than half of it', () => {
    expect(backspaceAtCaret(at('a😀', 3))?.value).toBe('a');
  });

  it('keeps a caret beyond the value inside it', () => {
    expect(insertAtCaret(at('AB', 10), 'C')?.value).toBe('ABC');
  });
});
