import type { RouteRecordRaw } from 'vue-router';
import WelcomeView from './WelcomeView.vue';

export const welcomeRoutes: RouteRecordRaw[] = [
  // The first screen is in the initial bundle: it must be interactive as soon as the kiosk starts.
  { path: '/', name: 'welcome', component: WelcomeView },
  { path: '/mon-compte', name: 'portal', component: () => import('./PortalView.vue') },
];

