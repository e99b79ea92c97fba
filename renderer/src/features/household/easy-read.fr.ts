// The household's pages in easy-read French (i18n/easy-read.fr.ts says the rules). « Le foyer » is the same word
// all along: the people who live with me and share my Caf file.
import type { EasyReadOf } from '../../kiosk/languages';
import type { household as fr, householdErrors as frErrors } from './messages.fr';

export const household: EasyReadOf<typeof fr> = {
  actionsTitle: 'Ce que je peux faire',
  contactAction: 'Changer mon numéro de téléphone ou mon adresse mail',
  separationAction: 'Dire à la Caf que je me sépare',
  autorisationAction: 'Donner le droit d’agir à mon conjoint',
  role: 'Dans mon foyer, je suis : {role}',
  roles: {
    responsable: 'la personne qui s’occupe du dossier Caf',
    conjoint: 'le conjoint. C’est le mari, la femme ou la personne en couple avec le responsable.',
    conjointAutorise: 'le conjoint. J’ai le droit d’agir pour le foyer.',
    enfant: 'un enfant de plus de 15 ans',
    'personne-a-charge': 'une autre personne du foyer',
    aucun: 'je n’ai pas de foyer à la Caf',
  },
  backToAccount: 'Revenir à mon compte Caf',
  refusedTitle: 'Je ne peux plus faire cette démarche',
  refusedText:
    'Mes droits ont changé. Par exemple : la personne qui s’occupe du dossier m’a retiré le droit d’agir. Je demande à cette personne. Ou je demande à l’accueil de la Caf.',
  separation: {
    title: 'Je me sépare',
    lead: 'J’écris la date de ma séparation. Je dis où j’habite maintenant.',
    date: 'La date de ma séparation',
    dateHint: 'jour/mois/année. Par exemple : 01/10/2026',
    dateHelp: 'Le jour où nous n’habitons plus ensemble. Ce jour ne peut pas être plus tard qu’aujourd’hui.',
    housing: 'Mon logement',
    stays: 'Je reste dans le logement',
    leaves: 'Je pars du logement',
    leavesHint: 'J’écris ma nouvelle adresse',
    line: 'Le numéro et le nom de la rue',
    city: 'La ville',
    submit: 'Envoyer à la Caf',
    doneTitle: 'La Caf a reçu ma séparation',
    doneSummary: 'Ce que j’ai dit à la Caf',
    doneDate: 'La date de ma séparation',
    doneHousing: 'Mon logement',
    declaredAt: 'La Caf a reçu ma séparation le',
    nextTitle: 'Et maintenant ?',
    next: [
      'La Caf regarde les aides de chaque personne. Depuis la date de la séparation.',
      'La Caf a besoin d’un papier ? Elle m’écrit dans « Mes lettres et mes mails de la Caf ». Ou par SMS ou par mail.',
      'Mes aides peuvent changer. La Caf m’envoie une lettre avec le nouveau montant.',
      'J’ai une question ? Je demande à l’accueil de la Caf. Ou j’appelle la Caf.',
    ],
  },
  contact: {
    title: 'Je change mon numéro de téléphone ou mon adresse mail',
    current: 'Mon numéro et mon adresse mail aujourd’hui',
    lead: 'Je choisis comment recevoir le code. La Caf envoie le code au nouveau numéro ou à la nouvelle adresse mail.',
    codeTitle: 'J’écris le code',
    change: 'Changer mon numéro ou mon adresse mail',
    done: 'C’est changé. La Caf va utiliser : {destination}.',
  },
  autorisation: {
    title: 'Le droit d’agir pour le foyer',
    lead: 'Je m’occupe du dossier Caf. Je peux donner le droit d’agir à mon conjoint. Il pourra alors faire les démarches pour le foyer. Il pourra répondre à la Caf. Il pourra poser des questions à l’accueil ou au téléphone.',
    members: 'Les personnes de mon foyer',
    granted: 'A le droit d’agir',
    notGranted: 'N’a pas le droit d’agir',
    noAccount: 'N’a pas encore de compte Caf',
    grant: 'Donner le droit d’agir',
    withdraw: 'Retirer le droit d’agir',
    withdrawTitle: 'Je retire le droit d’agir ?',
    withdrawText: '{name} ne pourra plus voir l’argent payé par la Caf. {name} ne pourra plus lire les lettres. {name} ne pourra plus faire les démarches. Cela commence tout de suite.',
    withdrawConfirm: 'Oui, je retire',
    cancel: 'Non, je garde',
    grantedNotice: '{name} a maintenant le droit d’agir.',
    withdrawnNotice: '{name} n’a plus le droit d’agir.',
  },
};

/** The household's error codes (householdErrors of messages.fr.ts), in the same words as its pages. */
export const householdErrors: EasyReadOf<typeof frErrors> = {
  rights: { forbidden: 'Je ne peux pas faire cette démarche avec mon compte Caf. Je demande de l’aide à l’accueil.' },
  resource: { notFound: 'Je ne peux pas ouvrir ce papier avec mon compte Caf. Je demande de l’aide à l’accueil.' },
  date: {
    required: 'J’écris la date de ma séparation.',
    format: 'J’écris le jour, puis le mois, puis l’année. Par exemple : 01/10/2026.',
    invalid: 'Cette date n’existe pas. Je vérifie le jour et le mois.',
    future: 'Cette date n’est pas encore arrivée. J’écris le jour où nous n’habitons plus ensemble.',
  },
  housing: { required: 'Je choisis : je reste dans le logement ? Ou je pars du logement ?' },
  newAddress: { required: 'J’écris ma nouvelle adresse.' },
  line: { required: 'J’écris le numéro et le nom de la rue. Par exemple : 12 rue de la Paix.' },
  postalCode: { required: 'J’écris le code postal.', format: 'Le code postal a 5 chiffres. Par exemple : 75001.' },
  city: { required: 'J’écris la ville.' },
};
