// « Faire une demande de prestation » in easy-read French (i18n/easy-read.fr.ts says the rules). The prestations keep
// their official names (the visitor finds them on the Caf's letters); their one-line texts are rewritten.
import type { EasyReadOf } from '../../kiosk/languages';
import type { demande as fr } from './messages.fr';

export const demande: EasyReadOf<typeof fr> = {
  themesHeading: 'Demander une aide de la Caf',
  themesIntro: 'Je choisis le sujet de ma demande. Par exemple : le logement.',
  unknownTitle: 'Je ne trouve pas cette demande',
  unknownText: 'Cette page n’existe pas. Je touche « Choisir un thème ». Je choisis ma demande dans la liste.',
  prestationsIntro: 'Je choisis l’aide que je demande.',
  resumeTitle: 'J’ai déjà commencé cette demande ? Je peux :',
  resume: 'Continuer ma demande',
  related: 'Les autres aides de ce sujet',
  notBuiltTitle: 'Je fais cette demande à l’accueil',
  notBuilt:
    'Je ne peux pas demander « {prestation} » sur cette borne. Je vais à l’accueil de la Caf. Une personne de la Caf m’aide. Je peux aussi faire la demande sur caf.fr.',
  themes: {
    logement: 'Le logement',
    enfants: 'Les enfants',
    separation: 'La séparation. Le décès.',
    rsa: 'Le Rsa. La Prime d’activité.',
    handicap: 'La maladie. Le handicap.',
    autres: 'Les autres demandes',
  },
  prestations: {
    aideLogement: {
      text: [
        'Je paie un loyer. Ou je rembourse un prêt pour ma maison. J’ai peu d’argent. La Caf peut m’aider à payer.',
        'Il y a 3 aides pour le logement : l’Apl, l’Alf et l’Als. La Caf choisit la bonne aide pour moi.',
        'Je veux savoir combien je peux recevoir ? Je peux faire un calcul sur caf.fr. C’est une simulation.',
      ],
    },
    primeDemenagement: { text: ['J’ai beaucoup d’enfants. Je déménage. La Caf peut m’aider à payer le déménagement.'] },
    versementDirect: { text: ['La Caf donne mon aide au logement directement à mon propriétaire.'] },
    attestationLoyer: { text: ['Mon propriétaire ou mon foyer remplit cette feuille. Elle dit combien je paie.'] },
    certificatPret: { text: ['Ma banque remplit cette feuille. Elle parle de mon prêt.'] },
    pretAmelioration: { text: ['Un prêt pour faire des travaux dans mon logement.'] },
    paje: { text: ['J’attends un bébé. Ou j’ai un jeune enfant. La Caf peut m’aider.'] },
    allocationsFamiliales: { text: ['J’ai 2 enfants ou plus. La Caf peut m’aider.'] },
    cmg: { text: ['Une personne garde mon jeune enfant. La Caf peut m’aider à la payer.'] },
    asf: { text: ['J’élève seul mon enfant. L’autre parent ne m’aide pas. La Caf peut m’aider.'] },
    deces: { text: ['Mon enfant est mort. La Caf peut m’aider.'] },
    rsa: { text: ['Je n’ai pas d’argent. Ou très peu. La Caf peut me donner un peu d’argent chaque mois.'] },
    primeActivite: { text: ['Je travaille. Je gagne peu. La Caf peut me donner un peu d’argent en plus.'] },
    aah: { text: ['J’ai un handicap. J’ai peu d’argent. La Caf peut me donner de l’argent chaque mois.'] },
    aeeh: { text: ['Mon enfant a un handicap. La Caf peut m’aider à payer son école et ses soins.'] },
    ajpp: { text: ['Mon enfant est très malade. Ou il a eu un accident. Ou il a un handicap. Je m’occupe de lui. La Caf peut m’aider.'] },
    changementSituation: { text: ['Ma vie change. Par exemple : je déménage, j’ai un bébé, je me sépare. Je le dis à la Caf.'] },
  },
};
