import { describe, expect, it, vi } from 'vitest';
import { backspaceInto, typeInto } from '@renderer/keyboard/target-input';

function field(value: string, caret: number) {
  const input = document.createElement('input');
  document.body.append(input);
  input.value = value;
  input.setSelectionRange(caret, caret);
  return input;
}

describe('typing into the focused field', () => {
  it('edits at the caret and tells the page with an input event carrying the typed text', () => {
    const input = field('MRTIN', 1);
    const onInput = vi.fn((e: Event) => (e as InputEvent).data);
    input.addEventListener('input', onInput);
    expect(typeInto(input, 'A')).toBe(true);
    expect(input.value).toBe('MARTIN');
    expect(input.selectionStart).toBe(2);
    expect(onInput).toHaveReturnedWith('A');
  });

  it('respects the maxlength of the field', () => {
    const input = field('0102', 4);
    input.maxLength = 4;
    expect(typeInto(input, '3')).toBe(false);
    expect(input.value).toBe('0102');
  });

  it('lets a widget that handles Backspace itself do so', () => {
    const input = field('5', 1);
    input.addEventListener('keydown', (e) => e.preventDefault());
    expect(backspaceInto(input)).toBe(true);
    expect(input.value).toBe('5');
  });

  it('otherwise removes the character before the caret', () => {
    const input = field('12a3', 3);
    expect(backspaceInto(input)).toBe(true);
    expect(input.value).toBe('123');
  });

  it('leaves the caret where setting the value puts it when a key is typed at the end (no forced layout per key)', () => {
    const input = field('0102', 4);
    const place = vi.spyOn(input, 'setSelectionRange');
    expect(typeInto(input, '3')).toBe(true);
    expect(backspaceInto(input)).toBe(true);
    expect(input.value).toBe('0102');
    expect(input.selectionStart).toBe(4);
    expect(place).not.toHaveBeenCalled();
    input.setSelectionRange(1, 1);
    expect(backspaceInto(input)).toBe(true);
    expect(input.value).toBe('102');
    expect(input.selectionStart).toBe(0);
  });
});
