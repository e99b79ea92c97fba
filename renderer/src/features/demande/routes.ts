import type { RouteRecordRaw } from 'vue-router';

// Lazy: none of this is needed to paint the welcome screen.
export const demandeRoutes: RouteRecordRaw[] = [
  { path: '/demande', name: 'demande-themes', component: () => import('./ThemesView.vue') },
  { path: '/demande/:theme', name: 'demande-theme', component: () => import('./ThemeView.vue'), props: true },
  {
    path: '/demande/:theme/:prestation',
    name: 'demande-prestation',
    component: () => import('./PrestationView.vue'),
    props: true,
  },
];
