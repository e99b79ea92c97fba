import { createKioskApp } from './kiosk-app';
import { resolveBridge } from './kiosk/bridge';
import './styles.css';

createKioskApp(resolveBridge()).mount('#app');
