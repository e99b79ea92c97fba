// Entry of out-of-service.html: the « Borne hors service » screen alone — no router, no bridge call, no back end —
// so that it shows even when nothing else of the kiosk can run (electron/main/wire.ts loads it).
import { createApp } from 'vue';
import { createKioskI18n } from './i18n';
import OutOfServiceScreen from './kiosk/OutOfServiceScreen.vue';
import './styles.css';

createApp(OutOfServiceScreen).use(createKioskI18n()).mount('#app');
