import type { RouteRecordRaw } from 'vue-router';
import type { ResumeAt } from '@shared/api/demandes';

// The request needs a full session of this visit; without one the visitor goes to the connection portal (the chosen
// prestation is remembered, app/demande-store.ts, and the login comes back here). A step shown without the draft
// loaded (a new visit) goes through the start, which finds the draft on the back end.
const needsFullSession = async () => {
  const { useSessionStore } = await import('../../app/session-store');
  return useSessionStore().kind === 'full' ? true : { name: 'portal' };
};
const needsDraft = async () => {
  const session = await needsFullSession();
  if (session !== true) return session;
  const { useAideLogementStore } = await import('./store');
  return useAideLogementStore().demande ? true : { name: 'aide-logement-start' };
};
// A step answers a draft only: once the request is no longer one (sent by the call whose answer was lost, or from
// another kiosk of the household, as « Réessayer » finds out, store.ts), any step leads to « envoyée » instead.
const needsOpenDraft = async () => {
  const draft = await needsDraft();
  if (draft !== true) return draft;
  const { useAideLogementStore } = await import('./store');
  return useAideLogementStore().sent() ? { name: 'aide-logement-sent' } : true;
};

/** The route of each step, and of the summary ("Reprendre la demande en cours" opens the draft's resumeAt). */
export const STEP_ROUTES: Record<ResumeAt, string> = {
  foyer: 'aide-logement-foyer',
  logement: 'aide-logement-logement',
  loyer: 'aide-logement-loyer',
  ressources: 'aide-logement-ressources',
  banque: 'aide-logement-banque',
  recapitulatif: 'aide-logement-recapitulatif',
};

export const aideLogementRoutes: RouteRecordRaw[] = [
  { path: '/aide-logement', name: 'aide-logement-start', component: () => import('./StartView.vue'), beforeEnter: needsFullSession },
  { path: '/aide-logement/foyer', name: STEP_ROUTES.foyer, component: () => import('./FoyerView.vue'), beforeEnter: needsOpenDraft },
  { path: '/aide-logement/logement', name: STEP_ROUTES.logement, component: () => import('./LogementView.vue'), beforeEnter: needsOpenDraft },
  { path: '/aide-logement/loyer', name: STEP_ROUTES.loyer, component: () => import('./LoyerView.vue'), beforeEnter: needsOpenDraft },
  { path: '/aide-logement/ressources', name: STEP_ROUTES.ressources, component: () => import('./RessourcesView.vue'), beforeEnter: needsOpenDraft },
  { path: '/aide-logement/banque', name: STEP_ROUTES.banque, component: () => import('./BanqueView.vue'), beforeEnter: needsOpenDraft },
  { path: '/aide-logement/recapitulatif', name: STEP_ROUTES.recapitulatif, component: () => import('./RecapView.vue'), beforeEnter: needsOpenDraft },
  { path: '/aide-logement/envoyee', name: 'aide-logement-sent', component: () => import('./SentView.vue'), beforeEnter: needsDraft },
];
