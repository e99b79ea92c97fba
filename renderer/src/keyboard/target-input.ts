// Applies one on-screen key to the focused <input>, at its caret, then tells the page as a real keyboard would: an
// `input` event (v-model, reka-ui comboboxes and pin inputs listen to it). Backspace is first offered as a cancellable
// keydown so widgets that handle it themselves (reka-ui PinInput goes back a box) keep doing so.
import { backspaceAtCaret, insertAtCaret, type CaretEdit } from './caret-edit';

function stateOf(input: HTMLInputElement) {
  // Some input types (email, number) expose no caret: edit at the end.
  const end = input.value.length;
  return { value: input.value, selectionStart: input.selectionStart ?? end, selectionEnd: input.selectionEnd ?? end };
}

function apply(input: HTMLInputElement, edit: CaretEdit): void {
  input.value = edit.value;
  // Setting the value leaves the caret at its end (HTML's value setter), where nearly every key is typed; placing it
  // only elsewhere spares a key touch the layout that setSelectionRange forces before the frame (issue 12).
  if (edit.caret !== edit.value.length) {
    try {
      input.setSelectionRange(edit.caret, edit.caret);
    } catch {
      // input types without selection: nothing to place
    }
  }
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: edit.data, inputType: edit.inputType }));
}

export function typeInto(input: HTMLInputElement, text: string): boolean {
  const edit = insertAtCaret(stateOf(input), text, input.maxLength > 0 ? input.maxLength : undefined);
  if (!edit) return false;
  apply(input, edit);
  return true;
}

export function backspaceInto(input: HTMLInputElement): boolean {
  const keydown = new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', bubbles: true, cancelable: true });
  if (!input.dispatchEvent(keydown)) return true;
  const edit = backspaceAtCaret(stateOf(input));
  if (!edit) return false;
  apply(input, edit);
  return true;
}
