import type { RouteRecordRaw } from 'vue-router';

// Memory-history paths: never seen in the address bar (so "/connexion/…" cannot clash with the proxied /franceconnect).
export const franceConnectRoutes: RouteRecordRaw[] = [
  { path: '/connexion/franceconnect', name: 'franceconnect', component: () => import('./FranceConnectView.vue') },
  { path: '/connexion/franceconnect/retour', name: 'franceconnect-return', component: () => import('./ReturnView.vue') },
];
