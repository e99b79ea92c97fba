// "S'identifier avec FranceConnect" (« Me connecter à Mon Compte »: "Qu'est-ce que FranceConnect ?").
export const franceConnect = {
  kicker: 'S’identifier avec FranceConnect',
  startTitle: 'Connexion avec FranceConnect',
  startText:
    'Vous allez choisir le compte avec lequel vous connecter : impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris ou France Identité. Puis vous reviendrez sur Mon Compte.',
  going: 'Ouverture de FranceConnect…',
  go: 'S’identifier avec FranceConnect',
  returnTitle: 'Retour de FranceConnect',
  exchanging: 'Connexion à Mon Compte en cours…',
  newAccountTitle: 'Vous n’avez pas encore de compte',
  errors: {
    cancelled: 'Vous avez annulé la connexion avec FranceConnect. Vous pouvez réessayer ou vous connecter autrement.',
    failed: 'La connexion avec FranceConnect n’a pas abouti. Vous pouvez réessayer ou vous connecter autrement.',
    expired: 'La connexion avec FranceConnect a pris trop de temps. Recommencez.',
  },
  retry: 'Réessayer avec FranceConnect',
  otherLogin: 'Se connecter avec mon numéro de Sécurité sociale',
};
