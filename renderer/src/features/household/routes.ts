import type { RouteRecordRaw } from 'vue-router';

// Like the account space: a full session of this visit, else the login screen. Which actions a person may take is
// decided by the back end at every request; the screens only follow /v1/me's rights.
const needsFullSession = async () => {
  const { useSessionStore } = await import('../../app/session-store');
  return useSessionStore().kind === 'full' ? true : { name: 'login' };
};

export const householdRoutes: RouteRecordRaw[] = [
  { path: '/mon-espace/coordonnees', name: 'household-contact', component: () => import('./ContactChangeView.vue'), beforeEnter: needsFullSession },
  { path: '/mon-espace/separation', name: 'household-separation', component: () => import('./SeparationView.vue'), beforeEnter: needsFullSession },
  { path: '/mon-espace/separation/confirmation', name: 'household-separation-done', component: () => import('./SeparationDoneView.vue'), beforeEnter: needsFullSession },
  { path: '/mon-espace/autorisation-gestion', name: 'household-autorisation', component: () => import('./AutorisationView.vue'), beforeEnter: needsFullSession },
];
