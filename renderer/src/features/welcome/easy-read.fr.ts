// The welcome screen and the « Mon Compte » portal in easy-read French (i18n/easy-read.fr.ts says the rules). The
// workshop's practice identities are left out: an agent runs the workshop beside the trainees
// (i18n/easy-read-as-is.ts).
import type { EasyReadOf } from '../../kiosk/languages';
import type { welcome as fr } from './messages.fr';

export const welcome: EasyReadOf<typeof fr> = {
  heading: 'Bonjour. Vous êtes à la Caf.',
  invite: 'Touchez l’écran avec le doigt pour commencer.',
  demande: 'Demander une aide de la Caf',
  demandeHint: 'Par exemple : une aide pour payer mon loyer',
  monCompteHint: 'Je crée mon compte Caf. Ou je me connecte à mon compte Caf.',
  portal: {
    heading: 'Mon compte Caf',
    connexion: 'Je choisis',
    createTitle: 'Je n’ai pas de compte Caf',
    createText: 'Je crée mon compte.',
    loginTitle: 'J’ai un compte Caf',
    loginText: 'J’écris mon numéro de sécurité sociale et mon mot de passe.',
    franceConnectText: 'J’ai déjà un compte sur un autre site de l’État. Par exemple : ameli.fr ou impots.gouv.fr. Je peux l’utiliser pour aller sur mon compte Caf.',
    forPrestation: 'Je veux demander : « {prestation} ». D’abord, je vais sur mon compte Caf. Ou je crée mon compte Caf.',
  },
};
