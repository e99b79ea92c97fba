// Memory history: the browser's back gesture can never bring back a previous visitor's screen.
// Each journey exports its routes from features/<journey>/routes.ts; this file only assembles them.
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { welcomeRoutes } from '../features/welcome/routes';

export const routes: RouteRecordRaw[] = [...welcomeRoutes];

export function createKioskRouter() {
  return createRouter({ history: createMemoryHistory(), routes });
}
