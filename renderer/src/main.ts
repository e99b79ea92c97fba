import { computed, createApp, h, ref } from 'vue';
import { createPinia } from 'pinia';
import type { KioskConfigView } from '@shared/ipc';
import App from './App.vue';
import { api } from './api';
import { kioskKey } from './kiosk/kiosk-context';
import { createKioskRouter } from './router';
import { takeFranceConnectReturn } from './features/franceconnect/return';
import { createKioskI18n } from './i18n';
import { resolveBridge } from './kiosk/bridge';
import { keyboardEnabledKey } from './keyboard/context';
import KioskShell from './kiosk/KioskShell.vue';
import { createVisitLifecycle } from './kiosk/visit';
import { createWaitingForCode, waitingForCodeKey } from './kiosk/waiting-for-code';
import './styles.css';

const bridge = resolveBridge();
const visit = createVisitLifecycle(bridge);
const config = ref<KioskConfigView | null>(null);

// The back-end session is revoked and the token forgotten at the end of every visit (the renderer is reloaded too;
// this is the first layer). revokeSession forgets the token even when the back end does not answer.
// Loaded lazily: the wire contract stays out of the welcome screen's bundle, and without a token nothing is to revoke.
visit.onVisitEnd(async () => {
  if (!api.hasToken()) return;
  const { revokeSession } = await import('./app/session-store');
  await revokeSession();
});
// A session the back end ended during the visit (401 auth.required on a call with the token): the visit ends, so
// nothing of the account stays on screen, and the cleared screen says why.
api.onSessionLost(() => void visit.endVisit('session-ended'));
// A FranceConnect return read at start but never shown (the visitor walked away) is dropped with the visit.
visit.onVisitEnd(() => void takeFranceConnectReturn());

// The kiosk shell (workshop banner, cleared screen, idle guard, agent panel) frames the whole app.
const app = createApp({ render: () => h(KioskShell, null, { default: () => h(App) }) });
app.provide(kioskKey, { bridge, visit, config });
app.provide(waitingForCodeKey, createWaitingForCode(bridge));
app.provide(
  keyboardEnabledKey,
  computed(() => config.value?.onScreenKeyboard ?? false),
);
app.use(createPinia());
app.use(createKioskRouter());
app.use(createKioskI18n());

void bridge.getConfig().then((c) => {
  config.value = c;
  api.http.defaults.baseURL = c.backendUrl;
});
app.mount('#app');
