// Speech wired to the screen (use-speech-output.ts): a control focused while speech is on says its name, kind and
// state; a name marked in a language of its own (the language buttons) is read by that language's voice and the rest
// by the screen's. Failed before: « العربية. bouton » went as one French utterance, which the French voice spells out.
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createKioskI18n } from '@renderer/i18n';
import LanguageChoice from '@renderer/layouts/LanguageChoice.vue';
import type { Utterance } from '@renderer/kiosk/speech/engine';
import { setSpeechOutput, useSpeechStore } from '@renderer/kiosk/speech/store';
import { loadSpoken, useSpeechOutput } from '@renderer/kiosk/speech/use-speech-output';

let synthesized: Utterance[];
let unmount: () => void;

beforeEach(async () => {
  synthesized = [];
  setSpeechOutput({
    engine: async () => ({ synthesize: async (u) => (synthesized.push(u), new Uint8Array()) }),
    player: () => ({ play: async () => undefined, stop: () => undefined }),
  });
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] });
  await router.push('/');
  const Host = defineComponent({
    setup() {
      useSpeechOutput();
      return () => h(LanguageChoice);
    },
  });
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [pinia, createKioskI18n(), router] } });
  unmount = () => wrapper.unmount();
  useSpeechStore().setOn(true);
  // Turning speech on loads what it says of the screen (spoken.ts).
  await flushPromises();
  await loadSpoken();
  await flushPromises();
});
afterEach(() => unmount());

const focus = async (name: string) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button ${name}`);
  button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  await flushPromises();
  return synthesized.at(-1);
};

describe('a focused control, while speech is on', () => {
  it('says a name marked in another language with that language’s voice, the rest with the screen’s', async () => {
    expect(await focus('العربية')).toEqual({ text: [{ text: 'العربية.', language: 'ar' }, { text: 'bouton', language: 'fr' }], language: 'fr', rate: 1 });
    expect(await focus('English')).toEqual({ text: [{ text: 'English.', language: 'en' }, { text: 'bouton', language: 'fr' }], language: 'fr', rate: 1 });
  });

  it('says a name in the screen’s language as one text', async () => {
    expect(await focus('Français')).toEqual({ text: 'Français. bouton. activé', language: 'fr', rate: 1 });
  });
});
