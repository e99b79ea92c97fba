// The first login's password screen (migration/PasswordView.vue) follows a change of language or of easy-read made on
// it: its list of the password rules is read again (it was read once, and stayed in French).
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import PasswordView from '@renderer/features/migration/PasswordView.vue';
import { createKioskI18n } from '@renderer/i18n';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

describe('the first login’s password screen', () => {
  it('shows the password rules in the language and mode chosen on it', async () => {
    const i18n = createKioskI18n();
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] });
    const visit = createVisitLifecycle({ endVisit: async () => undefined });
    const wrapper = mount(PasswordView, {
      global: { plugins: [i18n, createPinia(), router], provide: { [kioskKey as symbol]: { bridge: {} as never, visit, config: ref(null) } } },
    });
    const rules = () => wrapper.findAll('ul').at(0)!.findAll('li').map((li) => li.text());
    expect(rules()[0]).toBe('8 à 24 caractères');
    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(rules()[0]).toBe('8 to 24 characters');
    i18n.global.locale.value = 'fr-x-facile';
    await flushPromises();
    expect(rules()[1]).toBe('1 chiffre. Par exemple : 7');
  });
});
