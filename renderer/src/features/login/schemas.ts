// The login form's checks (« Me connecter à Mon Compte »): the identifier is checked by shared/domain before any round
// trip (a typo in the NIR's 13 digits is caught by the key-less shape checks; a provisional identifier carries its own
// key). The
// password is only required here: a migrated allocataire still logs in with the old 8-digit password (« Comment je fais
// pour me connecter … sur mon mobile ? »), so the rules of a new password do not apply at login. Seven digits typed as
// a NIR are the visitor's former identifier,
// the numéro allocataire: `identifier.allocataireNumber`, which the screen answers with the change explained (« Comment
// je fais pour me connecter … sur mon mobile ? », "AVANT … MAINTENANT") instead of a bare "13 caractères".
import * as yup from 'yup';
import { looksLikeAllocataireNumber } from '@shared/domain/allocataire-number';
import { checkNir } from '@shared/domain/nir';
import { checkProvisionalId } from '@shared/domain/provisional-id';

export interface LoginValues {
  identifier: string;
  password: string;
}

/** The error code of an allocataire number typed where the NIR goes. */
export const ALLOCATAIRE_NUMBER_TYPED = 'identifier.allocataireNumber';

export function loginSchema(provisional: () => boolean) {
  return yup.object({
    identifier: yup
      .string()
      .default('')
      .test('identifier', function (value) {
        if (!provisional() && looksLikeAllocataireNumber(value ?? '')) return this.createError({ message: ALLOCATAIRE_NUMBER_TYPED });
        const result = provisional() ? checkProvisionalId(value ?? '') : checkNir(value ?? '');
        return result.ok ? true : this.createError({ message: result.error });
      }),
    password: yup
      .string()
      .default('')
      .test('password', function (value) {
        return (value ?? '') !== '' ? true : this.createError({ message: 'loginPassword.required' });
      }),
  });
}
