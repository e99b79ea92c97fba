import type { demande as fr } from './messages.fr';

export const demande: typeof fr = {
  themesHeading: 'Apply for a benefit',
  themesIntro: 'Choose the topic that concerns you.',
  prestationsIntro: 'Choose the benefit that matches your situation.',
  back: 'Back',
  apply: 'Apply',
  resumeTitle: 'If you have already started this application, you can:',
  resume: 'Continue the application in progress',
  related: 'Other applications on this topic',
  notBuiltTitle: 'This application is made at the reception desk',
  notBuilt:
    'The application for “{prestation}” cannot be made on this kiosk yet. Go to the Caf’s reception desk: a member of staff will help you make it. You can also make it on caf.fr.',
  themes: {
    logement: 'Housing',
    enfants: 'Children',
    separation: 'Separation and bereavement',
    rsa: 'Rsa and Prime d’activité',
    handicap: 'Illness and disability',
    autres: 'Other applications',
  },
  prestations: {
    aideLogement: {
      name: 'Housing benefit (Aide au logement)',
      text: [
        'If you pay rent or repay a loan for your main home and your income is modest, you may receive one of the three housing benefits: the Aide personnalisée au logement (Apl), the Allocation de logement familiale (Alf) or the Allocation de logement sociale (Als).',
        'Depending on your situation, the Caf will check which of these three benefits you are entitled to.',
        'To find out how much you might receive, we invite you to do a simulation.',
      ],
    },
    primeDemenagement: { name: 'Moving allowance (Prime de déménagement)', text: ['Help with moving costs for large families.'] },
    versementDirect: { name: 'Direct payment request - Housing benefit', text: ['Housing benefit paid straight to your landlord.'] },
    attestationLoyer: { name: 'Rent certificate or hostel residence certificate', text: ['The certificate filled in by your landlord or your hostel.'] },
    certificatPret: { name: 'Loan certificate', text: ['The certificate filled in by your lender.'] },
    pretAmelioration: { name: 'Home improvement loan', text: ['A loan for work in your home.'] },
    paje: { name: 'Young child benefit (Paje)', text: ['For the arrival and the first years of a child.'] },
    allocationsFamiliales: { name: 'Family allowance (Allocations familiales)', text: ['From two dependent children.'] },
    cmg: { name: 'Childcare supplement (Complément de libre choix du mode de garde)', text: ['To have a young child looked after.'] },
    asf: { name: 'Family support allowance (Asf)', text: ['To bring up a child alone without the help of one of the parents.'] },
    deces: { name: 'Lump-sum allowance on the death of a child', text: ['Help after the death of a child.'] },
    rsa: { name: 'Active solidarity income (Rsa)', text: ['A minimum income for people with no or low income.'] },
    primeActivite: { name: 'Activity bonus (Prime d’activité)', text: ['Extra income for people who work.'] },
    aah: { name: 'Disabled adult allowance (Aah)', text: ['A minimum income for people with a disability.'] },
    aeeh: { name: 'Disabled child education allowance (Aeeh)', text: ['For the education and care of a child with a disability.'] },
    ajpp: { name: 'Daily parental presence allowance (Ajpp)', text: ['To look after a child who is seriously ill, injured or disabled.'] },
    changementSituation: { name: 'Report a change in your situation', text: ['A move, a birth, a separation…'] },
  },
};
