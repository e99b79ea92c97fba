import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { nextTick } from 'vue';
import { passwordRules } from '@shared/domain/password';
import OnScreenKeyboard from '@renderer/keyboard/OnScreenKeyboard.vue';
import type { KeyboardLayoutName } from '@renderer/keyboard/layouts';

const labels = { region: 'Clavier', backspace: 'Effacer', shift: 'Majuscules', space: 'Espace', hide: 'Fermer' };
let wrapper: VueWrapper | null = null;

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  document.body.innerHTML = '';
});

/** The keyboard mounted on the page, and a field declaring `layout` focused, as a visitor touching it. */
async function keyboardFor(layout: KeyboardLayoutName, value = '') {
  wrapper = mount(OnScreenKeyboard, { props: { enabled: true, labels }, attachTo: document.body });
  const input = document.createElement('input');
  input.dataset.keyboardLayout = layout;
  input.value = value;
  document.body.append(input);
  input.focus();
  await nextTick();
  const keys = () => Array.from(document.querySelectorAll<HTMLElement>('[data-onscreen-keyboard] .hg-button'));
  /** What the buttons on screen are (simple-keyboard's button names: `{bksp}` for the function keys). */
  const shown = () => keys().map((key) => key.dataset.skbtn ?? '');
  const typable = () => shown().filter((name) => !/^\{.+\}$/.test(name));
  const press = async (name: string) => {
    const key = keys().find((k) => k.dataset.skbtn === name);
    if (!key) throw new Error(`no key ${name} on screen`);
    // simple-keyboard handles a key on pointer down (a touch), where the browser has pointer events.
    key.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    key.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await nextTick();
  };
  return { input, shown, typable, press };
}

const frenchAccented = ['é', 'è', 'ê', 'ë', 'à', 'â', 'ä', 'î', 'ï', 'ô', 'ö', 'û', 'ù', 'ü', 'ç', 'œ', 'æ'];

describe('the on-screen keyboard', () => {
  it('opens on a field that declares a layout, and types at its caret with an input event', async () => {
    const { input, press } = await keyboardFor('azerty', 'Dpont');
    expect(wrapper!.find('[data-onscreen-keyboard]').isVisible()).toBe(true);
    let inputs = 0;
    input.addEventListener('input', () => (inputs += 1));
    input.setSelectionRange(1, 1);
    await press('u');
    expect(input.value).toBe('Dupont');
    expect(input.selectionStart).toBe(2);
    await press('{bksp}');
    expect(input.value).toBe('Dpont');
    expect(input.selectionStart).toBe(1);
    expect(inputs).toBe(2);
  });

  it('shows the AZERTY layout with every French accented letter, hyphen, apostrophe and space without Shift', async () => {
    const { shown, press, input } = await keyboardFor('azerty');
    for (const key of [...frenchAccented, '-', "'", '{space}']) expect(shown()).toContain(key);
    expect(shown().slice(0, 10).join('')).toBe('1234567890');
    await press('{space}');
    expect(input.value).toBe(' ');
  });

  it('puts the capitals and the accented capitals behind Shift, keeping the function keys', async () => {
    const { shown, press, input } = await keyboardFor('azerty');
    await press('{shift}');
    for (const capital of ['É', 'È', 'Ê', 'Ë', 'À', 'Â', 'Ä', 'Î', 'Ï', 'Ô', 'Ö', 'Û', 'Ù', 'Ü', 'Ç', 'Œ', 'Æ', 'A', 'Z']) expect(shown()).toContain(capital);
    expect(shown()).not.toContain('é');
    for (const key of ['{bksp}', '{shift}', '{space}']) expect(shown()).toContain(key);
    await press('É');
    expect(input.value).toBe('É');
  });

  it('gives dates and phone numbers the ten digits, "/" and "+", and nothing else to type', async () => {
    const { typable } = await keyboardFor('digits');
    expect(typable().sort()).toEqual(['+', '/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('gives the NIR the digits plus A and B for Corsica, and no other letter', async () => {
    const { typable } = await keyboardFor('nir');
    expect(typable().sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B']);
  });

  it('gives e-mail addresses "@", ".", "-", "_", ".fr" and ".com" as single keys', async () => {
    const { shown, press, input } = await keyboardFor('email', 'marie@caf');
    for (const key of ['@', '.', '-', '_', '.fr', '.com']) expect(shown()).toContain(key);
    await press('.fr');
    expect(input.value).toBe('marie@caf.fr');
  });

  it('gives passwords every unaccented letter (Shift for capitals) and every digit, and no key the rules refuse', async () => {
    const { typable, shown, press } = await keyboardFor('password');
    const lower = typable();
    expect(shown()).not.toContain('{space}');
    await press('{shift}');
    const upper = typable();
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      expect(lower).toContain(letter);
      expect(upper).toContain(letter.toUpperCase());
    }
    for (const digit of '0123456789') {
      expect(lower).toContain(digit);
      expect(upper).toContain(digit);
    }
    for (const typed of [...lower, ...upper]) expect(passwordRules(typed).lettersAndDigitsOnly, typed).toBe(true);
    expect([...lower, ...upper]).toHaveLength(2 * (26 + 10));
  });

  it('shows its function keys in the language the visitor switches to while it is on screen', async () => {
    await keyboardFor('azerty');
    const words = () => ['{bksp}', '{space}', '{hide}'].map((name) => document.querySelector(`[data-skbtn="${name}"]`)?.textContent?.trim());
    expect(words()).toEqual(['⌫ Effacer', 'Espace', 'Fermer']);
    await wrapper!.setProps({ labels: { region: 'Keyboard', backspace: 'Delete', shift: 'Capitals', space: 'Space', hide: 'Close the keyboard' } });
    await nextTick();
    expect(words()).toEqual(['⌫ Delete', 'Space', 'Close the keyboard']);
  });

  it('stays closed for a field without a layout, and when it is off', async () => {
    wrapper = mount(OnScreenKeyboard, { props: { enabled: false, labels }, attachTo: document.body });
    const input = document.createElement('input');
    input.dataset.keyboardLayout = 'azerty';
    document.body.append(input);
    input.focus();
    await nextTick();
    expect(wrapper.find('[data-onscreen-keyboard]').isVisible()).toBe(false);
  });
});
