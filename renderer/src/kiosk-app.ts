// The kiosk's app, assembled (main.ts mounts it): the kiosk context around the bridge (Electron's or the web one),
// Pinia with the visit-reset plugin, the router, i18n, and the visit's hooks. A function, so that the start of a
// visit can be tested as the kiosk runs it (test/unit/renderer/kiosk-app.test.ts).
import { computed, createApp, h, ref, type App as VueApp } from 'vue';
import { createPinia } from 'pinia';
import type { KioskBridge, KioskConfigView } from '@shared/ipc';
import App from './App.vue';
import { connection } from './api/connection';
import { kioskKey } from './kiosk/kiosk-context';
import { createKioskRouter } from './router';
import { receiveFranceConnectReturn } from './features/franceconnect/return';
import { useFranceConnectReturnStore } from './features/franceconnect/return-store';
import { createKioskI18nOnDemand } from './i18n/on-demand';
import { keyboardEnabledKey } from './keyboard/context';
import KioskShell from './kiosk/KioskShell.vue';
import { useSpeechStore } from './kiosk/speech/store';
import { loadSpoken, speechLanguageOf } from './kiosk/speech/use-speech-output';
import { createVisitLifecycle } from './kiosk/visit';
import { resetStoresAtVisitEnd } from './app/visit-reset';
import { createWaitingForCode, waitingForCodeKey } from './kiosk/waiting-for-code';

export function createKioskApp(machineBridge: KioskBridge): VueApp {
  const pinia = createPinia();
  const i18n = createKioskI18nOnDemand();
  // While speech is on, what a printed page says is said too (the receipt with the identifier, an attestation, the
  // relevé), once the page has gone to the printer.
  const bridge: KioskBridge = {
    ...machineBridge,
    async print(job) {
      const result = await machineBridge.print(job);
      const speech = useSpeechStore(pinia);
      if (result.ok && speech.on) {
        const { printedText } = await loadSpoken();
        void speech.say(printedText(job.html), speechLanguageOf(i18n.global.locale.value));
      }
      return result;
    },
  };
  const visit = createVisitLifecycle(bridge);
  // Every store forgets the visit when it ends (app/visit-reset.ts): the journeys' answers, the session, and the
  // visitor's choices (French, every mode off, speech off at its default rate and volume).
  pinia.use(resetStoresAtVisitEnd(visit));
  const config = ref<KioskConfigView | null>(null);

  // The back-end session is revoked and the token forgotten at the end of every visit (the renderer is reloaded too;
  // this is the first layer). revokeSession forgets the token even when the back end does not answer.
  // Loaded lazily: the wire contract stays out of the welcome screen's bundle, and without a token nothing is to revoke.
  visit.onVisitEnd(async () => {
    if (!connection.hasToken()) return;
    const { revokeSession } = await import('./app/session-store');
    await revokeSession();
  });
  // A session the back end ended during the visit (401 auth.required on a call with the token): the visit ends, so
  // nothing of the account stays on screen, and the cleared screen says why.
  connection.onSessionLost(() => void visit.endVisit('session-ended'));

  // The kiosk shell (workshop banner, cleared screen, idle guard, agent panel) frames the whole app.
  const app = createApp({ render: () => h(KioskShell, null, { default: () => h(App) }) });
  app.provide(kioskKey, { bridge, visit, config });
  app.provide(waitingForCodeKey, createWaitingForCode(bridge));
  app.provide(
    keyboardEnabledKey,
    computed(() => config.value?.onScreenKeyboard ?? false),
  );
  app.use(pinia);
  const router = createKioskRouter();
  // Back from FranceConnect: the one reading of the address's fragment, before the router's first navigation (which
  // its install makes), so main's FranceConnect allowance is closed and the first screen is the return's.
  receiveFranceConnectReturn(router, bridge, useFranceConnectReturnStore(pinia));
  app.use(router);
  app.use(i18n);

  void bridge.getConfig().then((c) => {
    config.value = c;
    connection.baseURL = c.backendUrl;
    // The Caf this kiosk stands in: the back end names it in the message telling a household that an account was made.
    if (c.siteName) connection.headers['X-Kiosk-Site'] = encodeURIComponent(c.siteName);
  });
  return app;
}
