// The first login's contact form (the Caf tutorial « Comment je fais pour me connecter sur l'application Caf-Mon Compte
// sur mon mobile ? », steps ⑦–⑧): "Téléphone portable", "Autre téléphone", "Adresse mail", and the channel the code
// goes by. Each number and address is checked by shared/domain (as the back end checks it) before any round trip; the
// field the chosen channel needs is required, the others are optional.
import * as yup from 'yup';
import { checkEmail, checkMobile } from '@shared/domain/contact';
import { channelField, type Channel } from '../../forms/schemas';
import { domain } from '../../forms/yup-domain';

export interface MigrationContactValues {
  mobile: string;
  autreTelephone: string;
  email: string;
  channel: Channel | null;
}

export const migrationContactFieldOrder: Array<keyof MigrationContactValues> = ['mobile', 'autreTelephone', 'email', 'channel'];

export const migrationContactSchema = yup.object({
  mobile: yup.string().default('').test('mobile', domain<string>((v, ctx) => {
    if ((v ?? '').trim() !== '') return checkMobile(v ?? '');
    return (ctx.parent as MigrationContactValues).channel === 'sms' ? { ok: false, error: 'mobile.required' } : null;
  })),
  autreTelephone: yup.string().default(''),
  email: yup.string().default('').test('email', domain<string>((v, ctx) => {
    if ((v ?? '').trim() !== '') return checkEmail(v ?? '');
    return (ctx.parent as MigrationContactValues).channel === 'email' ? { ok: false, error: 'email.required' } : null;
  })),
  channel: channelField,
});
