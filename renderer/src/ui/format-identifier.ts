// How the screens write an identifier, as the seeds show it: "Votre identifiant : 2 XX XXXX XXX XXX" (« Créer mon
// espace Mon Compte »).
import { formatNir } from '@shared/domain/nir';
import { formatProvisionalId } from '@shared/domain/provisional-id';

/** The NIR grouped as on the carte Vitale, or the provisional identifier as the domain groups it. */
export function formatIdentifier(identifier: string, kind: 'nir' | 'provisional'): string {
  return kind === 'nir' ? formatNir(identifier) : formatProvisionalId(identifier);
}
