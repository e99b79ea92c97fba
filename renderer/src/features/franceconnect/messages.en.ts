import type { franceConnect as fr } from './messages.fr';

export const franceConnect: typeof fr = {
  kicker: 'Log in with FranceConnect',
  startTitle: 'Logging in with FranceConnect',
  startText:
    'You will choose the account to log in with: impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris or France Identité. Then you will come back to Mon Compte.',
  going: 'Opening FranceConnect…',
  go: 'Log in with FranceConnect',
  returnTitle: 'Back from FranceConnect',
  exchanging: 'Logging in to Mon Compte…',
  newAccountTitle: 'You do not have an account yet',
  errors: {
    cancelled: 'You cancelled logging in with FranceConnect. You can try again or log in another way.',
    failed: 'Logging in with FranceConnect did not work. You can try again or log in another way.',
    expired: 'Logging in with FranceConnect took too long. Start again.',
  },
  retry: 'Try FranceConnect again',
  otherLogin: 'Log in with my social security number',
};
