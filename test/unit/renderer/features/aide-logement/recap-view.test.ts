// The request's récapitulatif (aide-logement/RecapView.vue) lists the household one person a line, with the words of
// step 1, each name isolated left to right in Arabic: one string of them all (« NOM ; NOM (زوجي أو زوجتي,
// 03/09/1976) ») showed its commas and parentheses scattered on the swept screenshots.
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import RecapView from '@renderer/features/aide-logement/RecapView.vue';
import { useAideLogementStore } from '@renderer/features/aide-logement/store';
import { createKioskI18n } from '@renderer/i18n';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

const isolated = (text: string) => `\u2066${text}\u2069`;

describe('the request’s récapitulatif', () => {
  it('lists each person of the home on a line of their own, the name isolated in Arabic', async () => {
    const pinia = createPinia();
    setActivePinia(pinia);
    useAideLogementStore().demande = {
      id: 'd-1', prestation: 'aide-logement', status: 'brouillon', number: null, sentAt: null, updatedAt: '2026-12-02T10:00:00.000Z',
      expiresAt: null, resumeAt: 'recapitulatif',
      demandeur: { id: 'demandeur', nom: 'FONTAINE', prenoms: 'VERONIQUE', dateNaissance: '12/05/1978' },
      answers: {
        foyer: { members: [
          { id: 'm-1', lien: 'conjoint', nom: 'FONTAINE', prenoms: 'MARC', dateNaissance: '03/09/1976' },
          { id: 'm-2', lien: 'enfant', nom: 'FONTAINE', prenoms: 'LEA', dateNaissance: '20/02/2008' },
        ] },
        logement: null, loyer: null, ressources: null, banque: null,
      },
      knownMembers: [],
    };
    const i18n = createKioskI18n();
    i18n.global.locale.value = 'ar';
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] });
    const visit = createVisitLifecycle({ endVisit: async () => undefined });
    const wrapper = mount(RecapView, {
      global: { plugins: [i18n, pinia, router], provide: { [kioskKey as symbol]: { bridge: {} as never, visit, config: ref(null) } } },
    });
    await flushPromises();
    const people = wrapper.get('[data-testid="recap-people"]').findAll('li').map((li) => li.element.textContent!.trim());
    expect(people).toHaveLength(3);
    expect(people[0]).toContain(isolated('VERONIQUE FONTAINE'));
    expect(people[1]).toContain(isolated('MARC FONTAINE'));
    expect(people[1]).toContain(isolated('03/09/1976'));
    expect(people[2]).toContain(isolated('LEA FONTAINE'));
    i18n.global.locale.value = 'fr';
    await flushPromises();
    expect(wrapper.get('[data-testid="recap-people"]').findAll('li')[1]!.text()).toBe('Mon conjoint — MARC FONTAINE, né(e) le 03/09/1976');
  });
});
