// Editing at the caret, as a physical keyboard would (issue 4: "edits at the caret"): typing replaces the selection,
// Backspace removes the selection or the character before the caret. Pure, so it is unit-tested without a DOM.

export interface CaretState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export interface CaretEdit {
  value: string;
  caret: number;
  /** What the edit typed, for the InputEvent's `data` (null for a deletion). */
  data: string | null;
  inputType: 'insertText' | 'deleteContentBackward';
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** Inserts `text` at the caret; returns null when it would exceed `maxLength` (the field's own limit). */
export function insertAtCaret(state: CaretState, text: string, maxLength?: number): CaretEdit | null {
  const start = clamp(Math.min(state.selectionStart, state.selectionEnd), state.value.length);
  const end = clamp(Math.max(state.selectionStart, state.selectionEnd), state.value.length);
  const value = state.value.slice(0, start) + text + state.value.slice(end);
  if (maxLength !== undefined && maxLength >= 0 && value.length > maxLength) return null;
  return { value, caret: start + text.length, data: text, inputType: 'insertText' };
}

/** Backspace; returns null when there is nothing before the caret to remove. */
export function backspaceAtCaret(state: CaretState): CaretEdit | null {
  const start = clamp(Math.min(state.selectionStart, state.selectionEnd), state.value.length);
  const end = clamp(Math.max(state.selectionStart, state.selectionEnd), state.value.length);
  if (start !== end) {
    return { value: state.value.slice(0, start) + state.value.slice(end), caret: start, data: null, inputType: 'deleteContentBackward' };
  }
  if (start === 0) return null;
  // Remove a whole code point (an emoji pasted by a visitor is two UTF-16 units).
  const before = Array.from(state.value.slice(0, start));
  before.pop();
  const head = before.join('');
  return { value: head + state.value.slice(end), caret: head.length, data: null, inputType: 'deleteContentBackward' };
}
