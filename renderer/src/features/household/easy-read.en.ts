// The household's pages in easy-read English, after easy-read.fr.ts. "The household" is the same word all along; a
// separation is "I stop living with my partner", in everyday words ("I separate" read oddly).
import type { EasyReadOf } from '../../kiosk/languages';
import type { household as fr, householdErrors as frErrors } from './messages.fr';

export const household: EasyReadOf<typeof fr> = {
  actionsTitle: 'What I can do',
  contactAction: 'Change my phone number or my e-mail address',
  separationAction: 'Tell the Caf that I stop living with my partner',
  autorisationAction: 'Give my partner the right to act',
  role: 'In my household, I am: {role}',
  roles: {
    responsable: 'the person who looks after the Caf file',
    conjoint: 'the partner. It is the husband, the wife or the person in a couple with the person who looks after the file.',
    conjointAutorise: 'the partner. I have the right to act for the household.',
    enfant: 'a child over 15',
    'personne-a-charge': 'another person in the household',
    aucun: 'I have no household at the Caf',
  },
  backToAccount: 'Go back to my Caf account',
  refusedTitle: 'I can no longer do this',
  refusedText:
    'My rights have changed. For example: the person who looks after the file took away my right to act. I ask this person. Or I ask at the Caf’s reception desk.',
  separation: {
    title: 'I stop living with my partner',
    lead: 'I write the day we stopped living together. I say where I live now.',
    date: 'The day we stopped living together',
    dateHint: 'day/month/year. For example: 01/10/2026',
    dateHelp: 'The day we stopped living together. This day cannot be later than today.',
    housing: 'My home',
    stays: 'I stay in the home',
    leaves: 'I leave the home',
    leavesHint: 'I write my new address',
    line: 'The number and the name of the street',
    city: 'The town',
    submit: 'Send to the Caf',
    doneTitle: 'The Caf knows that I stopped living with my partner',
    doneSummary: 'What I told the Caf',
    doneDate: 'The day we stopped living together',
    doneHousing: 'My home',
    declaredAt: 'I told the Caf on',
    nextTitle: 'What happens now?',
    next: [
      'The Caf looks at the help of each person. From the day we stopped living together.',
      'Does the Caf need a paper? It writes to me in “My letters and e-mails from the Caf”. Or by text message or e-mail.',
      'My help may change. The Caf sends me a letter with the new amount.',
      'I have a question? I ask at the Caf’s reception desk. Or I phone the Caf.',
    ],
  },
  contact: {
    title: 'I change my phone number or my e-mail address',
    current: 'My number and my e-mail address today',
    lead: 'I choose how to get the code. The Caf sends the code to the new number or the new e-mail address.',
    codeTitle: 'I write the code',
    change: 'Change my number or my e-mail address',
    done: 'It is changed. The Caf will use: {destination}.',
  },
  autorisation: {
    title: 'The right to act for the household',
    lead: 'I look after the Caf file. I can give my partner the right to act. Then my partner can do things for the household. My partner can answer the Caf. My partner can ask questions at the reception desk or on the phone.',
    members: 'The people in my household',
    granted: 'Has the right to act',
    notGranted: 'Does not have the right to act',
    noAccount: 'Does not have a Caf account yet',
    grant: 'Give the right to act',
    withdraw: 'Take away the right to act',
    withdrawTitle: 'Do I take away the right to act?',
    withdrawText: '{name} will no longer see the money paid by the Caf. {name} will no longer read the letters. {name} will no longer do things for the household. It starts right now.',
    withdrawConfirm: 'Yes, I take it away',
    cancel: 'No, I keep it',
    grantedNotice: '{name} now has the right to act.',
    withdrawnNotice: '{name} no longer has the right to act.',
  },
};

/** The household's error codes (householdErrors of messages.en.ts), in the same words as its pages. */
export const householdErrors: EasyReadOf<typeof frErrors> = {
  rights: { forbidden: 'I cannot do this with my Caf account. I ask for help at the reception desk.' },
  resource: { notFound: 'I cannot open this paper with my Caf account. I ask for help at the reception desk.' },
  date: {
    required: 'I write the day we stopped living together.',
    format: 'I write the day, then the month, then the year. For example: 01/10/2026.',
    invalid: 'This date does not exist. I check the day and the month.',
    future: 'This date has not come yet. I write the day we stopped living together.',
  },
  housing: { required: 'I choose: do I stay in the home? Or do I leave the home?' },
  newAddress: { required: 'I write my new address.' },
  line: { required: 'I write the number and the name of the street. For example: 12 rue de la Paix.' },
  postalCode: { required: 'I write the postcode.', format: 'The postcode has 5 digits. For example: 75001.' },
  city: { required: 'I write the town.' },
};
