// French messages: the words of the Caf's public tutorials (« Créer Mon Compte », « Me connecter à Mon Compte »).
// Each journey keeps its texts in its own folder (features/<journey>/messages.fr.ts); this file only assembles them.
import { agent } from '../kiosk/agent/messages.fr';
import { accountSpace } from '../features/account-space/messages.fr';
import { createAccount } from '../features/create-account/messages.fr';
import { demande } from '../features/demande/messages.fr';
import { franceConnect } from '../features/franceconnect/messages.fr';
import { household, householdErrors } from '../features/household/messages.fr';
import { login } from '../features/login/messages.fr';
import { migration } from '../features/migration/messages.fr';
import { passwordReset } from '../features/password-reset/messages.fr';
import { welcome } from '../features/welcome/messages.fr';
import { kiosk } from '../kiosk/messages.fr';
import { errors } from './errors.fr';

export const fr = {
  app: {
    title: 'Mon Compte',
    caf: 'Caf',
    portal: 'Bienvenue sur le portail de connexion des Allocations Familiales',
    largeText: 'Agrandir le texte',
    language: 'Langue',
    quit: 'Quitter',
    back: 'Retour',
    close: 'Fermer',
    help: 'Aide : {label}',
    quitTitle: 'Voulez-vous vraiment quitter ?',
    quitText: 'Ce que vous avez saisi sera effacé de cette borne. Vous pourrez recommencer plus tard.',
    quitConfirm: 'Oui, quitter',
    quitCancel: 'Non, continuer',
  },
  keyboard: {
    region: 'Clavier à l’écran',
    backspace: 'Effacer',
    shift: 'Majuscules',
    space: 'Espace',
    hide: 'Fermer le clavier',
  },
  // The household routes' codes (features/household) sit beside the shared ones: their keys do not overlap.
  errors: { ...errors, ...householdErrors },
  welcome,
  demande,
  createAccount,
  kiosk,
  agent,
  login,
  passwordReset,
  migration,
  franceConnect,
  accountSpace,
  household,
};

export type Messages = typeof fr;
