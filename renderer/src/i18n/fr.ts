// French messages: the words of the Caf's public tutorials (« Créer Mon Compte », « Me connecter à Mon Compte »).
// Each journey keeps its texts in its own folder (features/<journey>/messages.fr.ts); this file only assembles them.
import { aideLogement } from '../features/aide-logement/messages.fr';
import { accessibility } from '../features/accessibility/messages.fr';
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
import { help } from './help.fr';

export const fr = {
  app: {
    title: 'Mon Compte',
    caf: 'Caf',
    portal: 'Bienvenue sur le portail de connexion des Allocations Familiales',
    largeText: 'Agrandir le texte',
    highContrast: 'Contraste élevé',
    easyRead: 'Facile à lire',
    display: 'Affichage',
    language: 'Langue',
    chooseLanguage: 'Choisir la langue',
    quit: 'Quitter',
    back: 'Retour',
    close: 'Fermer',
    help: 'Aide : {label}',
    quitTitle: 'Voulez-vous vraiment quitter ?',
    quitText: 'Ce que vous avez saisi sera effacé de cette borne. Vous pourrez recommencer plus tard.',
    quitConfirm: 'Oui, quitter',
    quitCancel: 'Non, continuer',
  },
  speech: {
    // The welcome screen's large control, and what the welcome screen says once touched (speech off).
    turnOn: 'Écouter l’écran à voix haute',
    turnOnHint: 'La borne lit l’écran et ce que vous touchez',
    welcomeHint:
      'Bienvenue à la Caf. Pour entendre l’écran à voix haute, touchez le grand bouton tout en bas de l’écran.',
    controls: 'Voix',
    on: 'Voix activée',
    turnOff: 'Arrêter la voix',
    repeat: 'Répéter',
    louder: 'Plus fort',
    quieter: 'Moins fort',
    faster: 'Plus vite',
    slower: 'Moins vite',
    words: {
      button: 'bouton',
      link: 'lien',
      checked: 'coché',
      notChecked: 'non coché',
      selected: 'sélectionné',
      notSelected: 'non sélectionné',
      pressed: 'activé',
      empty: 'vide',
      typedCharacter: 'caractère saisi',
      typedCharacters: 'aucun caractère saisi | 1 caractère saisi | {count} caractères saisis',
      invalid: 'à corriger',
    },
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
  help,
  accessibility,
  aideLogement,
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
