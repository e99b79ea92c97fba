import type { RouteRecordRaw } from 'vue-router';

// Only a migration session may walk these steps (« Comment je fais pour me connecter … sur mon mobile ? »); anyone else
// goes back to the login screen.
const needsMigrationSession = async () => {
  const { useSessionStore } = await import('../../app/session-store');
  return useSessionStore().kind === 'migration' ? true : { name: 'login' };
};

const needsFullSession = async () => {
  const { useSessionStore } = await import('../../app/session-store');
  return useSessionStore().kind === 'full' ? true : { name: 'login' };
};

export const migrationRoutes: RouteRecordRaw[] = [
  { path: '/premiere-connexion/cgu', name: 'migration-cgu', component: () => import('./CguView.vue'), beforeEnter: needsMigrationSession },
  {
    path: '/premiere-connexion/mot-de-passe',
    name: 'migration-password',
    component: () => import('./PasswordView.vue'),
    beforeEnter: needsMigrationSession,
  },
  {
    path: '/premiere-connexion/coordonnees',
    name: 'migration-contact',
    component: () => import('./ContactView.vue'),
    beforeEnter: needsMigrationSession,
  },
  { path: '/premiere-connexion/code', name: 'migration-code', component: () => import('./CodeView.vue'), beforeEnter: needsMigrationSession },
  // After "Valider le code" the session is full: the récapitulatif and the end need one.
  { path: '/premiere-connexion/recapitulatif', name: 'migration-recap', component: () => import('./RecapView.vue'), beforeEnter: needsFullSession },
  { path: '/premiere-connexion/fin', name: 'migration-end', component: () => import('./EndView.vue'), beforeEnter: needsFullSession },
];
