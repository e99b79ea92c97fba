// « Facile à lire » in French, after the European easy-to-read rules (Inclusion Europe): everyday words, one idea per
// sentence, the same word for the same thing, an example where it helps. The style of the Caf's own easy-read
// tutorial « Mon Compte en facile à lire »: "je" for the visitor, short lines, one action per line. The texts not
// rewritten here fall back to the ordinary French ones (i18n/index.ts); i18n/easy-read-as-is.ts lists them, and a test
// fails when a screen's text is neither rewritten nor listed there. Each journey keeps its own easy-read texts
// (features/<journey>/easy-read.fr.ts); this file assembles them with the shell's and the help's.
import { accessibility } from '../features/accessibility/easy-read.fr';
import { accountSpace } from '../features/account-space/easy-read.fr';
import { aideLogement } from '../features/aide-logement/easy-read.fr';
import { createAccount } from '../features/create-account/easy-read.fr';
import { demande } from '../features/demande/easy-read.fr';
import { franceConnect } from '../features/franceconnect/easy-read.fr';
import { household, householdErrors } from '../features/household/easy-read.fr';
import { login } from '../features/login/easy-read.fr';
import { migration } from '../features/migration/easy-read.fr';
import { passwordReset } from '../features/password-reset/easy-read.fr';
import { welcome } from '../features/welcome/easy-read.fr';
import { errors } from './errors.easy-read.fr';
import { help } from './help.easy-read.fr';
import type { EasyReadMessages } from './easy-read';

export const easyReadFr: EasyReadMessages = {
  app: {
    portal: 'Mon compte Caf',
    quitTitle: 'Je veux partir ?',
    quitText: 'La borne va effacer tout ce que j’ai écrit. Je pourrai revenir une autre fois.',
    quitConfirm: 'Oui, je pars',
    quitCancel: 'Non, je reste',
  },
  speech: {
    welcomeHint: 'Bonjour. Vous êtes à la Caf. Vous voulez entendre l’écran ? Touchez le grand bouton tout en bas de l’écran.',
  },
  kiosk: {
    idle: {
      title: 'Vous êtes encore là ?',
      countdown: 'Tout s’efface dans {seconds} secondes.',
      countdownOne: 'Tout s’efface dans 1 seconde.',
      explanation: 'Personne ne touche l’écran. Bientôt, la borne efface tout ce que vous avez écrit.',
      stay: 'Je suis là',
      finish: 'J’ai fini. Tout effacer.',
    },
    cleared: {
      title: 'Tout est effacé',
      text: 'La personne suivante peut utiliser la borne.',
      inactivity: 'Personne n’a touché l’écran depuis un moment.',
      sessionEnded: 'Mon compte Caf est fermé. Je peux aller encore sur mon compte Caf.',
    },
  },
  errors: { ...errors, ...householdErrors },
  help,
  accessibility,
  accountSpace,
  aideLogement,
  createAccount,
  demande,
  franceConnect,
  household,
  login,
  migration,
  passwordReset,
  welcome,
};
