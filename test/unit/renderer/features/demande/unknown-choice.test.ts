// A theme's or a prestation's page whose address names none the kiosk knows says so and leads back to the themes
// (ThemeView and PrestationView showed an empty screen: no heading, no button, only the header).
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { ref, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import PrestationView from '@renderer/features/demande/PrestationView.vue';
import ThemeView from '@renderer/features/demande/ThemeView.vue';
import { createKioskI18n } from '@renderer/i18n';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

async function mountView(view: Component, props: Record<string, string>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/demande', name: 'demande-themes', component: { render: () => null } },
    ],
  });
  await router.push('/');
  const visit = createVisitLifecycle({ endVisit: async () => undefined });
  const wrapper = mount(view, {
    props,
    global: { plugins: [createKioskI18n(), createPinia(), router], provide: { [kioskKey as symbol]: { bridge: {} as never, visit, config: ref(null) } } },
  });
  return { wrapper, router };
}

describe('a demande page for something the kiosk does not know', () => {
  for (const [name, view, props] of [
    ['an unknown theme', ThemeView, { theme: 'inconnu' }],
    ['an unknown prestation', PrestationView, { theme: 'logement', prestation: 'inconnue' }],
    ['a prestation of another theme', PrestationView, { theme: 'enfants', prestation: 'aideLogement' }],
  ] as const) {
    it(`says so and leads back to the themes: ${name}`, async () => {
      const { wrapper, router } = await mountView(view, props);
      expect(wrapper.get('h1').text()).toBe('Cette demande n’est pas sur la borne');
      await wrapper.findAll('button').find((b) => b.text() === 'Choisir un thème')!.trigger('click');
      await flushPromises();
      expect(router.currentRoute.value.name).toBe('demande-themes');
    });
  }

  it('shows a known theme as before', async () => {
    const { wrapper } = await mountView(ThemeView, { theme: 'logement' });
    expect(wrapper.get('h1').text()).toBe('Le logement');
  });
});
