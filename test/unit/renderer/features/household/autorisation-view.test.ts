// The autorisation de gestion's screen (household/AutorisationView.vue): its success notice follows a change of
// language or of easy-read made after it showed, as its error does (the notice was kept as words, and stayed in the
// language it was shown in).
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createKioskI18n } from '@renderer/i18n';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';
import { route } from '../../route-mocks';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));
const { default: AutorisationView } = await import('@renderer/features/household/AutorisationView.vue');

const marc = { id: 'm-2', displayName: 'MARC F.', role: 'conjoint' as const, autorisationGestion: false, hasAccount: true };

describe('the autorisation de gestion’s screen', () => {
  it('shows its success notice in the language and mode chosen after it', async () => {
    route('household').mockResolvedValue({ allocataireNumber: '1234567', members: [marc] } as never);
    route('autorisation').mockResolvedValue({ ...marc, autorisationGestion: true });
    const i18n = createKioskI18n();
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', name: 'account-space', component: { render: () => null } }] });
    const visit = createVisitLifecycle({ endVisit: async () => undefined });
    const wrapper = mount(AutorisationView, {
      global: { plugins: [i18n, createPinia(), router], provide: { [kioskKey as symbol]: { bridge: {} as never, visit, config: ref(null) } } },
    });
    await flushPromises();
    await wrapper.get('[data-testid="member-m-2"] button').trigger('click');
    await flushPromises();
    const notice = () => wrapper.get('[data-testid="autorisation-notice"]').text();
    expect(notice()).toBe('MARC F. a maintenant l’autorisation de gestion.');
    i18n.global.locale.value = 'en';
    await flushPromises();
    expect(notice()).toBe('MARC F. now has permission to manage the file.');
    i18n.global.locale.value = 'fr-x-facile';
    await flushPromises();
    expect(notice()).toBe('MARC F. a maintenant le droit d’agir.');
  });
});
