// English messages: the same keys as fr.ts (the type says so; test/unit/renderer/i18n/messages.test.ts too). The
// Caf's own names stay French where the visitor will meet them in French (Mon Compte, Caf, FranceConnect, Rsa…).
import { aideLogement } from '../features/aide-logement/messages.en';
import { accessibility } from '../features/accessibility/messages.en';
import { agent } from '../kiosk/agent/messages.en';
import { accountSpace } from '../features/account-space/messages.en';
import { createAccount } from '../features/create-account/messages.en';
import { demande } from '../features/demande/messages.en';
import { franceConnect } from '../features/franceconnect/messages.en';
import { household, householdErrors } from '../features/household/messages.en';
import { login } from '../features/login/messages.en';
import { migration } from '../features/migration/messages.en';
import { passwordReset } from '../features/password-reset/messages.en';
import { welcome } from '../features/welcome/messages.en';
import { kiosk } from '../kiosk/messages.en';
import { errors } from './errors.en';
import { help } from './help.en';
import type { Messages } from './fr';

export const en: Messages = {
  app: {
    title: 'Mon Compte',
    caf: 'Caf',
    portal: 'Welcome to the Allocations Familiales login portal',
    largeText: 'Larger text',
    highContrast: 'High contrast',
    easyRead: 'Easy read',
    display: 'Display',
    language: 'Language',
    chooseLanguage: 'Choose your language',
    quit: 'Quit',
    back: 'Back',
    close: 'Close',
    help: 'Help: {label}',
    quitTitle: 'Do you really want to quit?',
    quitText: 'What you have entered will be erased from this kiosk. You can start again later.',
    quitConfirm: 'Yes, quit',
    quitCancel: 'No, carry on',
  },
  speech: {
    turnOn: 'Read the screen aloud',
    turnOnHint: 'The kiosk reads the screen and what you touch',
    welcomeHint: 'Welcome to the Caf. To hear the screen read aloud, touch the large button at the very bottom of the screen.',
    controls: 'Voice',
    on: 'Voice on',
    turnOff: 'Stop the voice',
    repeat: 'Repeat',
    louder: 'Louder',
    quieter: 'Quieter',
    faster: 'Faster',
    slower: 'Slower',
    words: {
      button: 'button',
      link: 'link',
      checked: 'ticked',
      notChecked: 'not ticked',
      selected: 'selected',
      notSelected: 'not selected',
      pressed: 'on',
      empty: 'empty',
      typedCharacter: 'character typed',
      typedCharacters: 'no character typed | 1 character typed | {count} characters typed',
      invalid: 'needs correcting',
    },
  },
  keyboard: {
    region: 'On-screen keyboard',
    backspace: 'Delete',
    shift: 'Capitals',
    space: 'Space',
    hide: 'Close the keyboard',
  },
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
