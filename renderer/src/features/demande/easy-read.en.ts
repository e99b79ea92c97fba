// « Faire une demande de prestation » in easy-read English, after easy-read.fr.ts.
import type { EasyReadOf } from '../../kiosk/languages';
import type { demande as fr } from './messages.fr';

export const demande: EasyReadOf<typeof fr> = {
  themesHeading: 'Ask the Caf for help',
  themesIntro: 'I choose what my request is about. For example: housing.',
  unknownTitle: 'I cannot find this request',
  unknownText: 'This page does not exist. I touch “Choose a topic”. I choose my request in the list.',
  prestationsIntro: 'I choose the help I ask for.',
  resumeTitle: 'I already started this request? I can:',
  resume: 'Go on with my request',
  related: 'The other help on this subject',
  notBuiltTitle: 'I make this request at the reception desk',
  notBuilt:
    'I cannot ask for “{prestation}” at this kiosk. I go to the Caf’s reception desk. A person from the Caf helps me. I can also make the request on caf.fr.',
  themes: {
    logement: 'Housing',
    enfants: 'Children',
    separation: 'Separation. Death.',
    rsa: 'Rsa. Prime d’activité.',
    handicap: 'Illness. Disability.',
    autres: 'Other requests',
  },
  prestations: {
    aideLogement: {
      text: [
        'I pay rent. Or I pay back a loan for my home. I have little money. The Caf can help me pay.',
        'There are 3 kinds of help for housing: Apl, Alf and Als. The Caf chooses the right help for me.',
        'I want to know how much I can get? I can work it out on caf.fr. It is called a simulation.',
      ],
    },
    primeDemenagement: { text: ['I have many children. I move house. The Caf can help me pay for the move.'] },
    versementDirect: { text: ['The Caf gives my housing help straight to my landlord.'] },
    attestationLoyer: { text: ['My landlord or my hostel fills in this paper. It says how much I pay.'] },
    certificatPret: { text: ['My bank fills in this paper. It is about my loan.'] },
    pretAmelioration: { text: ['A loan to do work in my home.'] },
    paje: { text: ['I am expecting a baby. Or I have a young child. The Caf can help me.'] },
    allocationsFamiliales: { text: ['I have 2 children or more. The Caf can help me.'] },
    cmg: { text: ['Someone looks after my young child. The Caf can help me pay them.'] },
    asf: { text: ['I bring up my child alone. The other parent does not help me. The Caf can help me.'] },
    deces: { text: ['My child has died. The Caf can help me.'] },
    rsa: { text: ['I have no money. Or very little. The Caf can give me some money every month.'] },
    primeActivite: { text: ['I work. I earn little. The Caf can give me some extra money.'] },
    aah: { text: ['I have a disability. I have little money. The Caf can give me money every month.'] },
    aeeh: { text: ['My child has a disability. The Caf can help me pay for their school and care.'] },
    ajpp: { text: ['My child is very ill. Or had an accident. Or has a disability. I look after my child. The Caf can help me.'] },
    changementSituation: { text: ['My life changes. For example: I move house, I have a baby, I stop living with my partner. I tell the Caf.'] },
  },
};
