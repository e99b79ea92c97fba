// FranceConnect in easy-read French (i18n/easy-read.fr.ts says the rules).
import type { EasyReadOf } from '../../kiosk/languages';
import type { franceConnect as fr } from './messages.fr';

export const franceConnect: EasyReadOf<typeof fr> = {
  kicker: 'J’utilise FranceConnect',
  startTitle: 'J’utilise mon compte d’un autre site de l’État',
  startText:
    'Je choisis un site où j’ai déjà un compte. Par exemple : ameli.fr ou impots.gouv.fr. J’écris mon numéro et mon mot de passe de ce site. Puis je reviens sur mon compte Caf.',
  going: 'FranceConnect s’ouvre…',
  returnTitle: 'Je reviens de FranceConnect',
  exchanging: 'J’arrive sur mon compte Caf…',
  newAccountTitle: 'Je n’ai pas encore de compte Caf',
  errors: {
    cancelled: 'J’ai arrêté FranceConnect. Je peux essayer encore. Ou je peux écrire mon numéro de sécurité sociale.',
    failed: 'FranceConnect n’a pas marché. Je peux essayer encore. Ou je peux écrire mon numéro de sécurité sociale.',
    expired: 'FranceConnect a duré trop longtemps. Je recommence.',
  },
  retry: 'Essayer encore FranceConnect',
  otherLogin: 'Écrire mon numéro de sécurité sociale',
};
