import type { RouteRecordRaw } from 'vue-router';

// Lazy: loaded when a visitor chooses "Se connecter".
export const loginRoutes: RouteRecordRaw[] = [
  { path: '/connexion', name: 'login', component: () => import('./LoginView.vue') },
];
