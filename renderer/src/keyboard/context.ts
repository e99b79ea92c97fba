// Whether the on-screen keyboard is on (config.onScreenKeyboard), provided app-wide. Fields read it to set
// inputmode="none" (keeps any system keyboard away) and declare their layout through data-keyboard-layout.
import { inject, ref, type InjectionKey, type Ref } from 'vue';
import type { KeyboardLayoutName } from './layouts';

export const keyboardEnabledKey: InjectionKey<Readonly<Ref<boolean>>> = Symbol('keyboard-enabled');

export function useKeyboardEnabled(): Readonly<Ref<boolean>> {
  return inject(keyboardEnabledKey, ref(false));
}

/** Attributes a field puts on its <input> so the keyboard knows which layout to show. */
export function keyboardAttrs(enabled: boolean, layout: KeyboardLayoutName | undefined): Record<string, string | undefined> {
  if (!layout) return {};
  return { 'data-keyboard-layout': layout, inputmode: enabled ? 'none' : undefined };
}
