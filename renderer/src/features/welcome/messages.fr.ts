export const welcome = {
  heading: 'Bienvenue à la Caf',
  invite: 'Touchez l’écran pour commencer',
  demande: 'Faire une demande de prestation',
  demandeHint: 'Aide au logement, Rsa, Prime d’activité, enfants…',
  monCompte: 'Mon Compte',
  monCompteHint: 'Créer mon espace, me connecter',
};
