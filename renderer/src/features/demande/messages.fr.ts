// "Faire une demande de prestation" (« Créer mon espace Mon Compte », step ①–③). The texts of "Aide au logement" are
// the seed's; the other prestations carry only their public names and a one-line summary.
export const demande = {
  themesHeading: 'Faire une demande de prestation',
  themesIntro: 'Choisissez le thème qui vous concerne.',
  prestationsIntro: 'Choisissez la prestation qui correspond à votre situation.',
  back: 'Retour',
  apply: 'Faire la demande',
  resumeTitle: 'Si vous avez déjà entamé cette démarche, vous pouvez :',
  resume: 'Reprendre la demande en cours',
  related: 'Autres démarches du thème',
  notBuiltTitle: 'Cette demande se fait à l’accueil',
  notBuilt:
    'La demande de « {prestation} » ne peut pas encore se faire sur cette borne. Adressez-vous à l’accueil de la Caf : un agent vous aidera à la faire. Vous pouvez aussi la faire sur caf.fr.',
  themes: {
    logement: 'Le logement',
    enfants: 'Les enfants',
    separation: 'La séparation et le décès',
    rsa: 'Le Rsa et la Prime d’activité',
    handicap: 'La maladie et le handicap',
    autres: 'Les autres demandes',
  },
  prestations: {
    aideLogement: {
      name: 'Aide au logement',
      text: [
        'Si vous payez un loyer ou remboursez un prêt pour votre résidence principale et que vos ressources sont modestes, vous pouvez bénéficier de l’une des trois aides au logement : l’Aide personnalisée au logement (Apl), l’Allocation de logement familiale (Alf) ou l’Allocation de logement sociale (Als).',
        'Selon votre situation, la Caf étudiera votre droit à l’une de ces trois aides.',
        'Afin de connaître le montant potentiel de votre droit, nous vous invitons à effectuer une simulation.',
      ],
    },
    primeDemenagement: { name: 'Prime de déménagement', text: ['Une aide pour les frais de déménagement des familles nombreuses.'] },
    versementDirect: { name: 'Demande de versement direct - Aide au logement', text: ['L’aide au logement versée directement à votre bailleur.'] },
    attestationLoyer: { name: 'Attestation de loyer ou résidence en foyer', text: ['L’attestation remplie par votre bailleur ou votre foyer.'] },
    certificatPret: { name: 'Certificat de prêt', text: ['Le certificat rempli par votre organisme prêteur.'] },
    pretAmelioration: { name: 'Prêt à l’amélioration de l’habitat', text: ['Un prêt pour des travaux dans votre logement.'] },
    paje: { name: 'Prestation d’accueil du jeune enfant (Paje)', text: ['Pour l’arrivée et les premières années d’un enfant.'] },
    allocationsFamiliales: { name: 'Allocations familiales', text: ['À partir de deux enfants à charge.'] },
    cmg: { name: 'Complément de libre choix du mode de garde', text: ['Pour faire garder un jeune enfant.'] },
    asf: { name: 'Allocation de soutien familial (Asf)', text: ['Pour élever seul un enfant privé de l’aide de l’un de ses parents.'] },
    deces: { name: 'Allocation forfaitaire en cas de décès d’un enfant', text: ['Une aide après le décès d’un enfant.'] },
    rsa: { name: 'Revenu de solidarité active (Rsa)', text: ['Un revenu minimum pour les personnes sans ressources ou aux ressources faibles.'] },
    primeActivite: { name: 'Prime d’activité', text: ['Un complément de revenu pour les personnes qui travaillent.'] },
    aah: { name: 'Allocation aux adultes handicapés (Aah)', text: ['Un revenu minimum pour les personnes en situation de handicap.'] },
    aeeh: { name: 'Allocation d’éducation de l’enfant handicapé (Aeeh)', text: ['Pour l’éducation et les soins d’un enfant en situation de handicap.'] },
    ajpp: { name: 'Allocation journalière de présence parentale (Ajpp)', text: ['Pour s’occuper d’un enfant gravement malade, accidenté ou handicapé.'] },
    changementSituation: { name: 'Déclarer un changement de situation', text: ['Un déménagement, une naissance, une séparation…'] },
  },
};
