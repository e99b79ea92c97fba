// « Mot de passe oublié ? » in easy-read French (i18n/easy-read.fr.ts says the rules).
import type { EasyReadOf } from '../../kiosk/languages';
import type { passwordReset as fr } from './messages.fr';

export const passwordReset: EasyReadOf<typeof fr> = {
  kicker: 'J’ai oublié mon mot de passe',
  identifierTitle: 'Je reçois un code. Puis je choisis un nouveau mot de passe.',
  identifierLead: 'J’écris mon numéro de sécurité sociale. Puis je choisis comment recevoir le code.',
  channel: 'Je reçois le code :',
  channelHelp: 'La Caf envoie le code au téléphone portable ou à l’adresse mail que je lui ai donnés.',
  sms: 'Par SMS, sur mon téléphone portable',
  codeTitle: 'J’écris le code',
  sentSms: 'La Caf m’a envoyé un code par SMS. Je regarde mon téléphone portable. Je n’ai rien reçu ? Mon numéro n’est peut-être pas connu de la Caf.',
  sentEmail: 'La Caf m’a envoyé un code par mail. Je regarde mes mails. Je n’ai rien reçu ? Mon adresse mail n’est peut-être pas connue de la Caf.',
  fieldSms: 'Le code reçu par SMS',
  fieldEmail: 'Le code reçu par mail',
  otherChannel: 'Recevoir le code d’une autre façon',
  passwordTitle: 'Je choisis mon nouveau mot de passe',
  passwordLead: 'Dans mon nouveau mot de passe, il faut :',
  submitPassword: 'Valider mon nouveau mot de passe',
  back: 'Revenir à l’écran pour me connecter',
};
