import type { welcome as fr } from './messages.fr';

export const welcome: typeof fr = {
  heading: 'Welcome to the Caf',
  invite: 'Touch the screen to start',
  demande: 'Apply for a benefit',
  demandeHint: 'Housing benefit, Rsa, Prime d’activité, children…',
  monCompte: 'Mon Compte',
  monCompteHint: 'Create my account, log in',
  portal: {
    heading: 'Welcome to the Allocations Familiales login portal',
    connexion: 'Log in',
    createTitle: 'Create an account',
    createText: 'I do not have a Mon Compte account yet.',
    create: 'Create',
    loginTitle: 'Already have an account?',
    loginText: 'I log in with my social security number or my temporary identifier.',
    login: 'Log in',
    or: 'OR',
    franceConnectText:
      'FranceConnect is the French State’s service for logging in to your online services more securely and more simply.',
    franceConnect: 'Log in with FranceConnect',
    forPrestation: 'To apply for « {prestation} », log in or create your account.',
  },
};
