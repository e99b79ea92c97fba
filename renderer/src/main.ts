import { createApp, h } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createKioskRouter } from './app/router';
import { createKioskI18n } from './i18n';
import { resolveBridge } from './kiosk/bridge';
import { createKioskContext, installKiosk } from './kiosk/kiosk-context';
import KioskShell from './kiosk/KioskShell.vue';
import './styles.css';

// The kiosk shell (workshop banner, cleared screen, idle guard, agent panel) frames the whole app.
const kiosk = await createKioskContext(resolveBridge());
const app = createApp({ render: () => h(KioskShell, null, { default: () => h(App) }) });
installKiosk(app, kiosk);
app.use(createPinia());
app.use(createKioskRouter());
app.use(createKioskI18n());
app.mount('#app');
