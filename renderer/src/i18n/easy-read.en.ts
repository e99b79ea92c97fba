// Easy read in English, after the same rules as easy-read.fr.ts: "I" for the visitor, one idea per sentence, the same
// word for the same thing. The texts not rewritten here fall back to the ordinary English ones.
import { accessibility } from '../features/accessibility/easy-read.en';
import { accountSpace } from '../features/account-space/easy-read.en';
import { aideLogement } from '../features/aide-logement/easy-read.en';
import { createAccount } from '../features/create-account/easy-read.en';
import { demande } from '../features/demande/easy-read.en';
import { franceConnect } from '../features/franceconnect/easy-read.en';
import { household, householdErrors } from '../features/household/easy-read.en';
import { login } from '../features/login/easy-read.en';
import { migration } from '../features/migration/easy-read.en';
import { passwordReset } from '../features/password-reset/easy-read.en';
import { welcome } from '../features/welcome/easy-read.en';
import { errors } from './errors.easy-read.en';
import { help } from './help.easy-read.en';
import type { EasyReadMessages } from './easy-read';

export const easyReadEn: EasyReadMessages = {
  app: {
    portal: 'My Caf account',
    quitTitle: 'Do I want to leave?',
    quitText: 'The kiosk will erase everything I wrote. I can come back another time.',
    quitConfirm: 'Yes, I leave',
    quitCancel: 'No, I stay',
  },
  speech: {
    welcomeHint: 'Hello. You are at the Caf. Do you want to hear the screen? Touch the large button at the very bottom of the screen.',
  },
  kiosk: {
    idle: {
      title: 'Are you still here?',
      countdown: 'Everything is erased in {seconds} seconds.',
      countdownOne: 'Everything is erased in 1 second.',
      explanation: 'Nobody is touching the screen. Soon, the kiosk erases everything you wrote.',
      stay: 'I am here',
      finish: 'I have finished. Erase everything.',
    },
    cleared: {
      title: 'Everything is erased',
      text: 'The next person can use the kiosk.',
      inactivity: 'Nobody touched the screen for a while.',
      sessionEnded: 'My Caf account is closed. I can go to my Caf account again.',
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
