import type { login as fr } from './messages.fr';

export const login: typeof fr = {
  portalHeading: 'Welcome to the Allocations Familiales login portal',
  title: 'Log in to Mon Compte',
  lead: 'I enter the first 13 digits of my social security number, then my password.',
  nir: 'Social security number',
  nirHint: 'The first 13 digits, without the key (the last 2 digits)',
  nirHelp:
    'Your social security number is written on the front of your carte Vitale, under your first name and surname. It is also on your payslips and on your Assurance Maladie certificate. Copy the first 13 digits.',
  provisionalToggle: 'I have a temporary identifier',
  provisionalToggleHint: 'If you do not have a social security number, the Caf gave you a temporary identifier.',
  provisional: 'Temporary identifier',
  provisionalHint: '13 digits, starting with 9',
  provisionalHelp: 'Your temporary identifier was given to you at the end of creating your account. It starts with 9.',
  useNir: 'I have a social security number',
  password: 'Password',
  passwordHint: 'Made of letters and digits',
  passwordHelp: 'The password you chose when you created your account. The Caf cannot see it: do not tell it to anyone.',
  show: 'Show',
  hide: 'Hide',
  submit: 'Log in',
  forgotten: 'Forgotten password?',
  or: 'OR',
  franceConnect: 'Log in with FranceConnect',
  franceConnectWhat: 'What is FranceConnect?',
  franceConnectText:
    'FranceConnect lets me log in with my impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris or France Identité login details.',
  noAccount: 'No account yet?',
  create: 'Create an account',
  retry: 'Try again',
  helpLabel: 'Help: {label}',
  close: 'Close',
  invalid:
    'The identifier or the password is wrong. Check what you typed and try again. If you have forgotten your password, touch “Forgotten password?”.',
  lockedTitle: 'Too many attempts',
  locked: 'To protect your account, logging in is blocked for a few minutes after several unsuccessful attempts.',
  lockedWait: 'You can try again in {minutes} minute(s).',
  lockedNext:
    'Meanwhile, you can choose a new password with “Forgotten password?”, or ask a member of the reception staff for help.',
  passwordChanged: 'Your password has been changed. You can log in with your new password.',
  logoutReminder: 'Remember to log out by touching “Log out” when you have finished.',
  allocataireNumber: {
    title: 'You have entered your allocataire number',
    before: 'BEFORE, I logged in with:',
    beforeNumber: 'my Caf allocataire number (it is written on my Caf letters),',
    beforePassword: 'my Caf password.',
    now: 'NOW, I log in with:',
    nowNir: 'my social security number: the first 13 digits, written on my carte Vitale,',
    nowPassword: 'my Caf password.',
    firstLogin:
      'If this is the first time I log in with my social security number, I enter my old 8-digit Caf password. I will then choose a new password.',
  },
  lostNir: {
    toggle: 'I have lost my social security number',
    where: 'It is written on the front of my carte Vitale, on my payslips and on the certificate of my ameli account.',
    ask: 'I can also ask for it at the caisse primaire d’assurance maladie (CPAM), at the Mutualité sociale agricole (MSA), at the Sécurité sociale pour les indépendants, or here, at the Caf’s reception desk, showing my identity document and a civil status document (for example a birth certificate or the livret de famille).',
  },
  errors: {
    passwordRequired: 'Enter your password',
  },
};
