// Where a fresh session leads: a migrated allocataire's restricted session to the first-login steps (seed 004), a
// full one to the account space.
import type { RouteLocationRaw } from 'vue-router';
import type { SessionKind } from './session-store';

export function routeAfterLogin(kind: SessionKind): RouteLocationRaw {
  return kind === 'migration' ? { name: 'migration-cgu' } : { name: 'account-space' };
}
