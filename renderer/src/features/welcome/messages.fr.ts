// Seed 000/001 words: "Faire une demande de prestation", "Mon Compte", the connection portal.
export const welcome = {
  heading: 'Bienvenue à la Caf',
  invite: 'Touchez l’écran pour commencer',
  demande: 'Faire une demande de prestation',
  demandeHint: 'Aide au logement, Rsa, Prime d’activité, enfants…',
  monCompte: 'Mon Compte',
  monCompteHint: 'Créer mon espace, me connecter',
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
