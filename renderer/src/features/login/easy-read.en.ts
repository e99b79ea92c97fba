// « Me connecter à Mon Compte » in easy-read English, after easy-read.fr.ts.
import type { EasyReadOf } from '../../kiosk/languages';
import type { login as fr } from './messages.fr';

export const login: EasyReadOf<typeof fr> = {
  portalHeading: 'My Caf account',
  title: 'I go to my Caf account',
  lead: 'I write my social security number. Then I write my password.',
  nir: 'My social security number',
  nirHint: 'The first 13 digits. They are written on my carte Vitale.',
  nirHelp: 'My social security number is written on my carte Vitale. I write only the first 13 digits.',
  provisionalToggle: 'The Caf gave me another number',
  provisionalToggleHint: 'I do not have a social security number. The Caf gave me another number.',
  provisional: 'My number given by the Caf',
  provisionalHint: '13 digits. The first digit is 9.',
  provisionalHelp: 'The Caf gave me this number when I made my Caf account. It starts with 9.',
  useNir: 'I have a social security number',
  password: 'My password',
  passwordHint: 'Letters and digits',
  passwordHelp: 'It is the password I chose for my Caf account. My password is secret. I do not give it to anyone.',
  franceConnectWhat: 'What is FranceConnect?',
  franceConnectText: 'I can use my account from another State website. For example: ameli.fr or impots.gouv.fr.',
  noAccount: 'I do not have a Caf account?',
  create: 'Make my Caf account',
  invalid: 'The number or the password is not right. I check. I try again. I forgot my password? I touch “Forgotten password?”.',
  lockedTitle: 'I tried too many times',
  locked: 'I made too many mistakes. The kiosk blocks my Caf account for a few minutes. So nobody can guess my password.',
  lockedWait: 'I try again in {minutes} minute(s).',
  lockedNext: 'I forgot my password? I touch “Forgotten password?”. Or I ask for help at the reception desk.',
  passwordChanged: 'My new password is saved. I can go to my Caf account with this password.',
  logoutReminder: 'When I have finished, I touch “Log out”.',
  allocataireNumber: {
    title: 'I wrote my allocataire number',
    before: 'BEFORE, I wrote:',
    beforeNumber: 'my Caf allocataire number. It is written on my Caf papers.',
    beforePassword: 'my Caf password.',
    now: 'NOW, I write:',
    nowNir: 'my social security number. I write the first 13 digits. They are written on my carte Vitale.',
    nowPassword: 'my Caf password.',
    firstLogin:
      'Is it the first time with my social security number? I write my old 8-digit password. Then I choose a new password.',
  },
  lostNir: {
    where: 'My social security number is written on my carte Vitale. It is also written on my payslips.',
    ask: 'I can also ask the Assurance Maladie (the CPAM). Or here, at the Caf’s reception desk. I bring my identity document. I also bring my livret de famille or my birth certificate.',
  },
  errors: {
    passwordRequired: 'I write my password.',
  },
};
