// « Besoin d'aide ? » loads its dialog on the first touch (HelpButton / HelpDialog): the button says it opens a
// dialog and whether it is open, the dialog opens on that first touch, and closing it puts the focus back on the button.
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import HelpButton from '@renderer/layouts/HelpButton.vue';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createKioskI18n } from '@renderer/i18n';

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

async function helpButton() {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'login', component: { render: () => null } }, { path: '/a', name: 'accessibility', component: { render: () => null } }],
  });
  await router.push('/');
  const kiosk = { bridge: {}, visit: { onVisitEnd: () => () => {}, endVisit: async () => {} }, config: { value: null } };
  const wrapper = mount(HelpButton, { global: { plugins: [pinia, createKioskI18n(), router], provide: { [kioskKey as symbol]: kiosk } }, attachTo: document.body });
  unmount = () => wrapper.unmount();
  return wrapper.get<HTMLButtonElement>('button.help-open');
}

describe('« Besoin d’aide ? »', () => {
  it('opens its dialog on the first touch and gives the focus back to the button when it closes', async () => {
    const button = await helpButton();
    expect(button.attributes('aria-haspopup')).toBe('dialog');
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(document.querySelector('.help-dialog')).toBeNull();

    button.element.focus();
    await button.trigger('click');
    // The first load of the dialog's module (and reka-ui's) can take a while on a busy machine.
    await vi.waitFor(() => expect(document.querySelector('[role="dialog"].help-dialog')).not.toBeNull(), { timeout: 10_000 });
    expect(button.attributes('aria-expanded')).toBe('true');
    expect(document.querySelector('.help-dialog__title')?.textContent).toBe('Besoin d’aide ?');

    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('.help-dialog')).toBeNull());
    await flushPromises();
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button.element);

    // Once loaded, it opens again at once.
    await button.trigger('click');
    await flushPromises();
    expect(document.querySelector('.help-dialog')).not.toBeNull();
  });
});
