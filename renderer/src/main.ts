import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createKioskRouter } from './app/router';
import { createKioskI18n } from './i18n';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(createKioskRouter());
app.use(createKioskI18n());
app.mount('#app');
