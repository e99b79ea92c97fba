// The first step of « Mot de passe oublié ? » (the Caf tutorial « Me connecter à Mon Compte », step ③): the identifier
// (the NIR's 13 characters or an identifiant provisoire, told apart by shared/domain's checkIdentifier, as the back end
// tells them apart) and "SMS ou mail (selon mon choix)".
import * as yup from 'yup';
import { checkIdentifier } from '@shared/domain/provisional-id';
import { channelField, type Channel } from '../../forms/schemas';
import { domain } from '../../forms/yup-domain';

export interface ResetStartValues {
  identifier: string;
  channel: Channel | null;
}

export const resetStartSchema = yup.object({
  identifier: yup.string().default('').test('identifier', domain<string>((v) => checkIdentifier(v ?? ''))),
  channel: channelField,
});
