import { computed, createApp, ref } from 'vue';
import { createPinia } from 'pinia';
import type { KioskConfigView } from '@shared/ipc';
import App from './App.vue';
import { api } from './api';
import { kioskKey } from './app/kiosk-context';
import { createKioskRouter } from './app/router';
import { createKioskI18n } from './i18n';
import { resolveBridge } from './kiosk/bridge';
import { keyboardEnabledKey } from './kiosk/keyboard/context';
import { createVisitLifecycle } from './kiosk/visit';
import './styles.css';

const bridge = resolveBridge();
const visit = createVisitLifecycle(bridge);
const config = ref<KioskConfigView | null>(null);

// The session token is forgotten at the end of every visit (the renderer is reloaded too; this is the first layer).
visit.onVisitEnd(() => api.setToken(null));

const app = createApp(App);
app.provide(kioskKey, { bridge, visit, config });
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
