import type { welcome as fr } from './messages.fr';

export const welcome: typeof fr = {
  heading: 'Welcome to the Caf',
  invite: 'Touch the screen to start',
  demande: 'Apply for a benefit',
  demandeHint: 'Housing benefit, Rsa, Prime d’activité, children…',
  monCompte: 'Mon Compte',
  monCompteHint: 'Create my account, log in',
  practice: {
    title: 'Workshop: practice identities',
    lead: 'To practise without your real details, choose a person and type what is written. Nothing you do here is real.',
    unavailable: 'The practice identities are not available at the moment.',
    retry: 'Try again',
    kinds: {
      allocataire: {
        title: 'An allocataire',
        journey: 'Touch “Mon Compte”, then “Log in”. Look at her account, then apply for the housing benefit.',
      },
      migrated: {
        title: 'An allocataire logging in for the first time',
        journey: 'Touch “Mon Compte”, then “Log in”. First try the allocataire number, then the social security number and the old 8-digit password.',
      },
      conjoint: {
        title: 'A partner without autorisation de gestion',
        journey: 'Touch “Mon Compte”, then “Log in”. He can see his details and change his contact details.',
      },
      newcomer: {
        title: 'A person without a social security number',
        journey: 'Touch “Apply for a benefit”, “Housing”, “Housing benefit”, “Apply”, then “Create”. She gets a temporary identifier.',
      },
    },
    fields: {
      allocataireNumber: 'Allocataire number',
      nir: 'Social security number',
      password: 'Password',
      oldPassword: 'Old password',
      hasNir: 'Do you have a social security number?',
      civilite: 'Title',
      nomNaissance: 'Surname at birth',
      prenoms: 'First name(s)',
      dateNaissance: 'Date of birth',
      paysNaissance: 'Place of birth: Abroad',
      titreSejour: 'French residence permit',
    },
    values: { NON: 'No', MADAME: 'Madame (Mrs)', MONSIEUR: 'Monsieur (Mr)' },
  },
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
    forPrestation: 'To apply for “{prestation}”, log in or create your account.',
  },
};
