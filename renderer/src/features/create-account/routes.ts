import type { RouteRecordRaw } from 'vue-router';

// Every step after the état civil needs the server flow; without one (a new visit, a reset) the wizard restarts.
// The store is imported here lazily too, so that the API contract stays out of the first screen's bundle.
const needsFlow = async () => {
  const { useCreateAccountStore } = await import('./store');
  return useCreateAccountStore().flow ? true : { name: 'create-account-intro' };
};

// Lazy: the wizard (and its reference data) is loaded when a visitor starts it, not with the welcome screen.
export const createAccountRoutes: RouteRecordRaw[] = [
  { path: '/creer', name: 'create-account-intro', component: () => import('./IntroView.vue') },
  { path: '/creer/etat-civil', name: 'create-account-etat-civil', component: () => import('./EtatCivilView.vue') },
  { path: '/creer/piece-identite', name: 'create-account-identity', component: () => import('./IdentityDocumentView.vue'), beforeEnter: needsFlow },
  { path: '/creer/coordonnees', name: 'create-account-contact', component: () => import('./ContactView.vue'), beforeEnter: needsFlow },
  { path: '/creer/code', name: 'create-account-code', component: () => import('./CodeView.vue'), beforeEnter: needsFlow },
  { path: '/creer/mot-de-passe', name: 'create-account-password', component: () => import('./PasswordView.vue'), beforeEnter: needsFlow },
  { path: '/creer/recapitulatif', name: 'create-account-summary', component: () => import('./SummaryView.vue'), beforeEnter: needsFlow },
];
