// The text of the CGU shown at the first login (« Comment je fais pour me connecter … sur mon mobile ? » quotes its
// beginning and one paragraph; the rest summarises the public "Règles d'utilisation de l'Espace Mon Compte" of caf.fr).
// The version accepted is the back end's
// (MigrationState.cguVersion).
export const cguSections: ReadonlyArray<{ title: string; paragraphs: readonly string[] }> = [
  {
    title: 'Règles d’utilisation de l’Espace Mon Compte',
    paragraphs: [],
  },
  {
    title: 'Préambule',
    paragraphs: [
      'La branche Famille de la Sécurité sociale, via la Caisse nationale d’Allocations familiales (Cnaf), éditeur du site www.caf.fr, et les caisses d’Allocations familiales (Caf), offre à l’utilisateur la possibilité d’accéder à un espace numérique appelé « Mon Compte ».',
      'Cet espace lui permet de : communiquer à la Caf des informations le concernant ainsi que les membres de son foyer ; réaliser des simulations de droits ; faire des demandes de prestations et de services ; consulter des informations disponibles à sa disposition.',
    ],
  },
  {
    title: 'Accès à l’Espace Mon Compte',
    paragraphs: [
      'L’accès à Mon Compte se fait avec le numéro de Sécurité sociale (ou l’identifiant provisoire) et un mot de passe personnel, ou avec FranceConnect.',
      'Le mot de passe est strictement personnel et confidentiel. La Caf n’y a pas accès. L’utilisateur s’engage à ne pas le communiquer et à se déconnecter à la fin de chaque consultation.',
    ],
  },
  {
    title: 'Décisions prises sur le fondement d’un traitement automatisé',
    paragraphs: [
      'La Caf, dans le cadre de la loi du 29 mai 2019, a prononcé des décisions administratives individuelles fondées sur une mise en œuvre des traitements automatisés. Ces décisions sont prises dans le respect de l’article L 311-3-1 et suivants du Code des relations entre le public et l’administration et rappellent à l’utilisateur son droit d’obtenir communication des règles et principales caractéristiques du traitement, les modalités d’exercice de ce droit et les possibilités de recours en cas de refus.',
    ],
  },
  {
    title: 'Protection des données personnelles',
    paragraphs: [
      'Les informations recueillies sont nécessaires au traitement de vos demandes et au calcul de vos droits. Elles sont destinées à votre Caf et aux organismes habilités.',
      'Vous disposez d’un droit d’accès, de rectification et de limitation des données vous concernant, que vous pouvez exercer auprès du délégué à la protection des données de votre Caf.',
    ],
  },
  {
    title: 'Responsabilité de l’utilisateur',
    paragraphs: [
      'L’utilisateur s’engage à fournir des informations exactes et à signaler sans délai tout changement de situation. Toute fausse déclaration peut entraîner le remboursement des sommes perçues à tort et des sanctions.',
    ],
  },
];
