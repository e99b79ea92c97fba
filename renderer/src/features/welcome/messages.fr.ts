// Seed 000/001 words: "Faire une demande de prestation", "Mon Compte", the connection portal.
export const welcome = {
  heading: 'Bienvenue à la Caf',
  invite: 'Touchez l’écran pour commencer',
  demande: 'Faire une demande de prestation',
  demandeHint: 'Aide au logement, Rsa, Prime d’activité, enfants…',
  monCompte: 'Mon Compte',
  monCompteHint: 'Créer mon espace, me connecter',
  practice: {
    title: 'Atelier : identités d’entraînement',
    lead: 'Pour vous entraîner sans vos vraies données, choisissez une personne et tapez ce qui est écrit. Rien de ce que vous faites ici n’est réel.',
    unavailable: 'Les identités d’entraînement ne sont pas disponibles pour le moment.',
    retry: 'Réessayer',
    kinds: {
      allocataire: {
        title: 'Une allocataire',
        journey: 'Touchez « Mon Compte », puis « Se connecter ». Regardez son compte, puis faites une demande d’aide au logement.',
      },
      migrated: {
        title: 'Un allocataire qui se connecte pour la première fois',
        journey: 'Touchez « Mon Compte », puis « Se connecter ». Essayez d’abord le numéro allocataire, puis le numéro de Sécurité sociale et l’ancien mot de passe à 8 chiffres.',
      },
      conjoint: {
        title: 'Un conjoint sans autorisation de gestion',
        journey: 'Touchez « Mon Compte », puis « Se connecter ». Il peut consulter ses informations et modifier ses coordonnées de contact.',
      },
      newcomer: {
        title: 'Une personne sans numéro de Sécurité sociale',
        journey: 'Touchez « Faire une demande de prestation », « Le logement », « Aide au logement », « Faire la demande », puis « Créer ». Elle reçoit un identifiant provisoire.',
      },
    },
    fields: {
      allocataireNumber: 'Numéro allocataire',
      nir: 'Numéro de Sécurité sociale',
      password: 'Mot de passe',
      oldPassword: 'Ancien mot de passe',
      hasNir: 'Vous possédez un numéro de Sécurité sociale ?',
      civilite: 'Civilité',
      nomNaissance: 'Nom de naissance',
      prenoms: 'Prénom(s)',
      dateNaissance: 'Date de naissance',
      paysNaissance: 'Lieu de naissance : Étranger',
      titreSejour: 'Titre de séjour français',
    },
    values: { NON: 'Non', MADAME: 'Madame', MONSIEUR: 'Monsieur' },
  },
  portal: {
    heading: 'Bienvenue sur le portail de connexion des Allocations Familiales',
    connexion: 'Connexion',
    createTitle: 'Créer un compte',
    createText: 'Je n’ai pas encore d’espace Mon Compte.',
    create: 'Créer',
    loginTitle: 'Déjà un compte ?',
    loginText: 'Je me connecte avec mon numéro de Sécurité sociale ou mon identifiant provisoire.',
    login: 'Se connecter',
    or: 'OU',
    franceConnectText:
      'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion à vos services en ligne.',
    franceConnect: 'S’identifier avec FranceConnect',
    forPrestation: 'Pour faire votre demande « {prestation} », connectez-vous ou créez votre compte.',
  },
};
