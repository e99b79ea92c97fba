import type { RouteRecordRaw } from 'vue-router';

export const welcomeRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'welcome', component: () => import('./WelcomeView.vue') },
];
