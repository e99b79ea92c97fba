import { describe, expect, it } from 'vitest';
import { shouldBlockInput } from '../../../../electron/main/input-filter';

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('the shortcut filter', () => {
  it.each([
    ['F5 (reload)', key('F5')],
    ['Ctrl+R (reload)', key('r', { control: true })],
    ['Ctrl+Shift+R (hard reload)', key('R', { control: true, shift: true })],
    ['Ctrl+W (close)', key('w', { control: true })],
    ['Ctrl+Q (quit)', key('q', { control: true })],
    ['Cmd+Q (quit)', key('q', { meta: true })],
    ['Alt+F4 (close)', key('F4', { alt: true })],
    ['F12 (devtools)', key('F12')],
    ['Ctrl+Shift+I (devtools)', key('I', { control: true, shift: true })],
    ['F11 (full screen)', key('F11')],
    ['Ctrl+P (print)', key('p', { control: true })],
    ['Ctrl++ (zoom)', key('+', { control: true })],
    ['Ctrl+0 (zoom reset)', key('0', { control: true })],
    ['Alt+Left (history back)', key('ArrowLeft', { alt: true })],
    ['Ctrl+U (view source)', key('u', { control: true })],
  ])('swallows %s', (_name, input) => {
    expect(shouldBlockInput(input)).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['an accented capital', key('É', { shift: true })],
    ['a digit', key('7')],
    ['Backspace', key('Backspace')],
    ['Tab', key('Tab')],
    ['Enter', key('Enter')],
    ['Ctrl+A (select the field)', key('a', { control: true })],
    ['Ctrl+C / Ctrl+V', key('v', { control: true })],
    ['AltGr+E (€ on AZERTY)', key('€', { control: true, alt: true })],
  ])('lets %s through', (_name, input) => {
    expect(shouldBlockInput(input)).toBe(false);
  });
});
