// Memory history: the browser's back gesture can never bring back a previous visitor's screen.
// Each journey exports its routes from features/<journey>/routes.ts; this file only assembles them.
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { createAccountRoutes } from '../features/create-account/routes';
import { demandeRoutes } from '../features/demande/routes';
import { placeholderRoutes, welcomeRoutes } from '../features/welcome/routes';

const journeyRoutes: RouteRecordRaw[] = [...welcomeRoutes, ...demandeRoutes, ...createAccountRoutes];
const provided = new Set(journeyRoutes.map((r) => r.name));

export const routes: RouteRecordRaw[] = [...journeyRoutes, ...placeholderRoutes.filter((r) => !provided.has(r.name))];

export function createKioskRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes,
    // A new screen starts at its top (the kiosk has no back button to restore a position).
    scrollBehavior: () => ({ top: 0 }),
  });
}
