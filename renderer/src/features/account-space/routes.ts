import type { RouteRecordRaw } from 'vue-router';

// The account space needs a full session of this visit; without one (a new visit, a migration session not finished)
// the visitor goes to the login screen.
const needsFullSession = async () => {
  const { useSessionStore } = await import('../../app/session-store');
  return useSessionStore().kind === 'full' ? true : { name: 'login' };
};

export const accountSpaceRoutes: RouteRecordRaw[] = [
  { path: '/mon-espace', name: 'account-space', component: () => import('./AccountSpaceView.vue'), beforeEnter: needsFullSession },
  { path: '/mon-espace/allocations', name: 'account-allocations', component: () => import('./AllocationsView.vue'), beforeEnter: needsFullSession },
  { path: '/mon-espace/releve', name: 'account-releve', component: () => import('./ReleveView.vue'), beforeEnter: needsFullSession },
  {
    path: '/mon-espace/attestations',
    name: 'account-attestations',
    component: () => import('./DocumentsView.vue'),
    props: { kind: 'attestations' },
    beforeEnter: needsFullSession,
  },
  {
    path: '/mon-espace/courriers',
    name: 'account-courriers',
    component: () => import('./DocumentsView.vue'),
    props: { kind: 'courriers' },
    beforeEnter: needsFullSession,
  },
];
