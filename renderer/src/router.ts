// Memory history: the browser's back gesture can never bring back a previous visitor's screen.
// Each journey exports its routes from features/<journey>/routes.ts; this file only assembles them.
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { accessibilityRoutes } from './features/accessibility/routes';
import { accountSpaceRoutes } from './features/account-space/routes';
import { aideLogementRoutes } from './features/aide-logement/routes';
import { createAccountRoutes } from './features/create-account/routes';
import { demandeRoutes } from './features/demande/routes';
import { franceConnectRoutes } from './features/franceconnect/routes';
import { householdRoutes } from './features/household/routes';
import { loginRoutes } from './features/login/routes';
import { migrationRoutes } from './features/migration/routes';
import { passwordResetRoutes } from './features/password-reset/routes';
import { welcomeRoutes } from './features/welcome/routes';

export const routes: RouteRecordRaw[] = [
  ...welcomeRoutes,
  ...demandeRoutes,
  ...createAccountRoutes,
  ...loginRoutes,
  ...passwordResetRoutes,
  ...migrationRoutes,
  ...franceConnectRoutes,
  ...accountSpaceRoutes,
  ...householdRoutes,
  ...aideLogementRoutes,
  ...accessibilityRoutes,
];

/** A page back from FranceConnect sends its first navigation elsewhere (kiosk-app.ts, features/franceconnect/return.ts). */
export function createKioskRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes,
    // A new screen starts at its top (the kiosk has no back button to restore a position).
    scrollBehavior: () => ({ top: 0 }),
  });
}
