import { computed, createApp, h } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { api } from './api';
import { createKioskRouter } from './app/router';
import { createKioskI18n } from './i18n';
import { resolveBridge } from './kiosk/bridge';
import { keyboardEnabledKey } from './kiosk/keyboard/context';
import { createKioskContext, installKiosk } from './kiosk/kiosk-context';
import KioskShell from './kiosk/KioskShell.vue';
import './styles.css';

const kiosk = await createKioskContext(resolveBridge());
api.http.defaults.baseURL = kiosk.config.backendUrl;
// The back-end session is revoked first (login journey; hooks run in order): revokeSession forgets the token even
// when the back end does not answer. Loaded lazily: the wire contract stays out of the welcome screen's bundle.
kiosk.visit.onVisitEnd(async () => {
  if (!api.hasToken()) return;
  const { revokeSession } = await import('./features/login/session-store');
  await revokeSession();
});
// The session token is forgotten at the end of every visit (the renderer is reloaded too; this is the first layer).
kiosk.visit.onVisitEnd(() => api.setToken(null));

// The kiosk shell (workshop banner, cleared screen, idle guard, agent panel) frames the whole app.
const app = createApp({ render: () => h(KioskShell, null, { default: () => h(App) }) });
installKiosk(app, kiosk);
app.provide(
  keyboardEnabledKey,
  computed(() => kiosk.config.onScreenKeyboard),
);
app.use(createPinia());
app.use(createKioskRouter());
app.use(createKioskI18n());
app.mount('#app');
