// Mounting the kiosk's screens for the speech tests (what each screen says, in each language): the app's own setup
// once — the kiosk context around a fake bridge, Pinia with the visit-reset plugin, every language's messages, the
// router built from the journeys' own route records — and one screen reached by its route's name, as a visitor
// reaches it (its guard runs against the stores' state). The back end is the route mocks of ../../route-mocks.ts: the
// test file mocks `@renderer/api/request` with them and says what each route answers.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { computed, defineComponent, h, ref, type App, type Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw, type Router } from 'vue-router';
import { vi } from 'vitest';
import type { KioskBridge, KioskConfigView } from '@shared/ipc';
import { applyToPage, pageAttributes, usePreferencesStore } from '@renderer/app/preferences';
import { resetStoresAtVisitEnd } from '@renderer/app/visit-reset';
import { createKioskI18n } from '@renderer/i18n';
import { keyboardEnabledKey } from '@renderer/keyboard/context';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import type { SpokenWords } from '@renderer/kiosk/speech/spoken';
import { spokenWordsOf } from '@renderer/kiosk/speech/use-speech-output';
import type { LanguageCode } from '@renderer/kiosk/languages';
import { createVisitLifecycle } from '@renderer/kiosk/visit';
import { createWaitingForCode, waitingForCodeKey } from '@renderer/kiosk/waiting-for-code';
import { routes } from '@renderer/router';

/** The five ways a screen is read: each language, and easy-read where it exists. */
export const LOCALES = ['fr', 'en', 'ar', 'fr-x-facile', 'en-x-facile'] as const;
export type Locale = (typeof LOCALES)[number];

const preferencesOf: Record<Locale, { language: LanguageCode; easyRead: boolean }> = {
  fr: { language: 'fr', easyRead: false },
  en: { language: 'en', easyRead: false },
  ar: { language: 'ar', easyRead: false },
  'fr-x-facile': { language: 'fr', easyRead: true },
  'en-x-facile': { language: 'en', easyRead: true },
};

/** Every route of the kiosk that shows a screen, by name: what the speech tests must cover. */
export function screenRouteNames(records: readonly RouteRecordRaw[] = routes): string[] {
  return records.flatMap((record) => [
    ...(record.component && typeof record.name === 'string' ? [record.name] : []),
    ...screenRouteNames(record.children ?? []),
  ]);
}

export const kioskConfig: KioskConfigView = {
  mode: 'kiosk',
  backendUrl: 'http://127.0.0.1:1',
  locale: 'fr',
  onScreenKeyboard: false,
  terminalId: 'BORNE-TEST',
  siteName: 'Caf de test',
  timeouts: { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 },
  agentPanel: false,
};

/** The machine, as a screen may call it: printing and the FranceConnect step succeed; nothing leaves the test. */
export function fakeBridge(): KioskBridge {
  return {
    getConfig: vi.fn(async () => kioskConfig),
    reportActivity: vi.fn(),
    setWaitingForCode: vi.fn(),
    setFranceConnectStep: vi.fn(),
    endVisit: vi.fn(async () => undefined),
    print: vi.fn(async () => ({ ok: true as const })),
    agentUnlock: vi.fn(async () => ({ ok: false as const, reason: 'wrong' as const })),
    agentStatus: vi.fn(async () => null),
    agentAction: vi.fn(async () => ({ ok: false as const })),
    callAgent: vi.fn(async () => ({ calledAt: '2026-12-02T10:00:00.000Z' })),
  } as unknown as KioskBridge;
}

/** The app a screen is mounted in: what `prepare` sets (stores, the route's params) is set within it. */
export interface ScreenApp {
  router: Router;
  /** Runs a store's factory (or anything needing inject()) inside the app, as a component would. */
  use: <T>(factory: () => T) => T;
}

export interface ScreenSetup {
  params?: Record<string, string>;
  /** Puts the stores in the state the screen needs (a session, a flow in progress…), through their own actions. */
  prepare?: (app: ScreenApp) => unknown;
}

export interface MountedScreen {
  wrapper: VueWrapper;
  router: Router;
  /** The element the screen is mounted in (what `screenText` is given, as the kiosk gives it the document). */
  root: Element;
  /**
   * The message keys the screen asked for that its language lacks ("aideLogement.recap.title" shown as is, or French
   * shown on the English screen); the easy-read locales are partial by design and fall back to their language.
   */
  missing: string[];
  /** The words speech adds around a control's texts, in the screen's language (the kiosk's own, use-speech-output.ts). */
  words: SpokenWords;
  /** The screen's words for a message key, in its language (a button's label to press). */
  t: (key: string) => string;
  unmount: () => void;
}

/** The app's setup around one screen in `locale`: what App.vue and kiosk-app.ts provide, with a fake bridge. */
function screenApp(locale: Locale) {
  document.body.innerHTML = '';
  const bridge = fakeBridge();
  const visit = createVisitLifecycle(bridge);
  const pinia = createPinia();
  pinia.use(resetStoresAtVisitEnd(visit));
  setActivePinia(pinia);
  const i18n = createKioskI18n();
  const missing = new Set<string>();
  i18n.global.setMissingHandler((lacking, key) => {
    if (!lacking.includes('-x-')) missing.add(`${lacking}: ${key}`);
  });
  const router = createRouter({ history: createMemoryHistory(), routes });
  let app!: App;
  const global = {
    plugins: [pinia, i18n, router, { install: (a: App) => void (app = a) }],
    provide: {
      [kioskKey as symbol]: { bridge, visit, config: ref(kioskConfig) },
      [waitingForCodeKey as symbol]: createWaitingForCode(bridge),
      [keyboardEnabledKey as symbol]: computed(() => false),
    },
  };
  /** Once mounted: the visitor's choices, applied as App.vue applies them (the locale and <html lang dir>). */
  const choose = () => {
    const preferences = app.runWithContext(usePreferencesStore);
    Object.assign(preferences, preferencesOf[locale]);
    const attributes = pageAttributes(preferences);
    i18n.global.locale.value = attributes.locale as Locale;
    applyToPage(document.documentElement, attributes);
  };
  const words = () => spokenWordsOf(i18n.global.t as unknown as Parameters<typeof spokenWordsOf>[0]);
  const t = (key: string) => i18n.global.t(key);
  return { router, global, missing, choose, words, t, use: <T>(factory: () => T): T => app.runWithContext(factory) };
}

/**
 * The screen of route `name` in `locale`, once its guard let it in and what it loads on opening has arrived. Fails
 * when the guard sent the visitor elsewhere: the test's state is not the one the screen needs.
 */
export async function mountScreen(name: string, locale: Locale, setup: ScreenSetup = {}): Promise<MountedScreen> {
  const { router, global, missing, choose, words, t, use } = screenApp(locale);
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { attachTo: document.body, global });
  choose();
  await setup.prepare?.({ router, use });
  await router.push({ name, params: setup.params ?? {} });
  const sentElsewhere = () => {
    if (router.currentRoute.value.name === name) return;
    wrapper.unmount();
    throw new Error(`${name} sent the visitor to ${String(router.currentRoute.value.name)}`);
  };
  sentElsewhere();
  // The lazy component, then what it loads as it opens (the mocked back end answers at once).
  await vi.waitFor(() => {
    if (!document.querySelector('main h1, h1')) throw new Error(`${name}: no heading yet`);
  });
  await flushPromises();
  await flushPromises();
  sentElsewhere(); // a screen that moves on as it opens (a code exchanged, a flow already further) is not this one
  return {
    wrapper,
    router,
    root: document.body,
    missing: [...missing],
    words: words(),
    t,
    unmount: () => wrapper.unmount(),
  };
}

/** A screen of the kiosk itself, outside the router (the cleared screen, « Borne hors service »), in `locale`. */
export async function mountKioskScreen(component: Component, locale: Locale, props: Record<string, unknown> = {}): Promise<MountedScreen> {
  const { router, global, missing, choose, words, t } = screenApp(locale);
  const wrapper = mount(component, { attachTo: document.body, global, props });
  choose();
  await flushPromises();
  return { wrapper, router, root: document.body, missing: [...missing], words: words(), t, unmount: () => wrapper.unmount() };
}
