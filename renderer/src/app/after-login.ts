// Where a fresh session leads: a migrated allocataire's restricted session to the first-login steps (« Comment je fais
// pour me connecter … sur mon mobile ? »); a full one to the request the visitor asked for before logging in ("Faire la
// demande" of the aide au logement, the one
// request built here), or else to the account space.
import type { RouteLocationRaw } from 'vue-router';
import { useDemandeStore } from './demande-store';
import type { SessionKind } from './session-store';

export function routeAfterLogin(kind: SessionKind): RouteLocationRaw {
  if (kind === 'migration') return { name: 'migration-cgu' };
  return useDemandeStore().chosen?.prestation === 'aideLogement' ? { name: 'aide-logement-start' } : { name: 'account-space' };
}
