import type { RouteRecordRaw } from 'vue-router';

// The code and password steps need the reset started in this visit; without it, the journey restarts.
const needsFlow = async () => {
  const { usePasswordResetStore } = await import('./store');
  return usePasswordResetStore().flow ? true : { name: 'password-reset' };
};

export const passwordResetRoutes: RouteRecordRaw[] = [
  { path: '/mot-de-passe-oublie', name: 'password-reset', component: () => import('./IdentifierView.vue') },
  { path: '/mot-de-passe-oublie/code', name: 'password-reset-code', component: () => import('./CodeView.vue'), beforeEnter: needsFlow },
  {
    path: '/mot-de-passe-oublie/nouveau',
    name: 'password-reset-password',
    component: () => import('./PasswordView.vue'),
    beforeEnter: needsFlow,
  },
];
