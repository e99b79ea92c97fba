// French messages: the seeds' own words (../shared/seeds). One key per text, grouped by screen.
export const fr = {
  app: {
    title: 'Mon Compte',
    caf: 'Caf',
    portal: 'Bienvenue sur le portail de connexion des Allocations Familiales',
  },
  welcome: {
    heading: 'Bienvenue à la Caf',
    invite: 'Touchez l’écran pour commencer',
    demande: 'Faire une demande de prestation',
    demandeHint: 'Aide au logement, Rsa, Prime d’activité, enfants…',
    monCompte: 'Mon Compte',
    monCompteHint: 'Créer mon espace, me connecter',
    language: 'Langue : français',
    textSize: 'Agrandir le texte',
  },
};

export type Messages = typeof fr;
