// « Besoin d'aide ? » in English: the same questions as help.fr.ts, the buttons named as on the English screens.
import type { help as fr } from './help.fr';

export const help: typeof fr = {
  open: 'Need help?',
  title: 'Need help?',
  intro: 'The questions people often ask at this step.',
  callTitle: 'Cannot find the answer?',
  callText: 'A member of the reception staff can come and help you at the kiosk.',
  callAgent: 'Call a member of staff',
  calling: 'We are letting a member of staff know…',
  called: 'A member of staff was told at {time}. They are coming: stay near the kiosk.',
  calledShort: 'A member of staff is coming to help you. Stay near the kiosk.',
  callFailed: 'The call could not be sent. Please go to the Caf’s reception desk.',
  accessibility: 'Accessibility',
  close: 'Close',
  topics: {
    welcome: {
      title: 'The kiosk’s welcome screen',
      questions: [
        { q: 'What can I do at this kiosk?', a: 'Create your Mon Compte account, log in to Mon Compte, see your payments and your letters, and apply for a benefit.' },
        { q: 'I do not read French well.', a: 'Touch “English” or “العربية” to change the language. You can also have the screen read aloud with the large button at the bottom of the screen.' },
        { q: 'Does what I type stay on the kiosk?', a: 'No. When you leave the kiosk, or after a few minutes without touching it, everything you typed is erased.' },
      ],
    },
    portal: {
      title: 'Mon Compte',
      questions: [
        { q: 'I do not have an account yet.', a: 'Touch “Create an account”. You need your social security number if you have one, and your identity document.' },
        { q: 'I am in a household that already receives benefits from the Caf.', a: 'You can also create your own personal space, then log in with your social security number.' },
      ],
    },
    demande: {
      title: 'Apply for a benefit',
      questions: [
        { q: 'Which benefit should I choose?', a: 'First choose the topic that matches your situation, for example “Housing”, then the benefit. Each benefit is explained before you start.' },
        { q: 'Do I need an account?', a: 'Yes. To apply, you must log in to Mon Compte, or create an account. The benefit you chose is kept meanwhile.' },
        { q: 'I cannot apply here.', a: 'Some applications cannot be made on the kiosk yet. A member of the reception staff can help you make it.' },
      ],
    },
    etatCivil: {
      title: 'My civil status',
      questions: [
        { q: 'Where do I find my social security number?', a: 'On the front of your carte Vitale, under your name. It is also on your payslips and on your Assurance Maladie certificate of entitlement.' },
        { q: 'I do not have a social security number.', a: 'You can still create your account: you will be given a provisional identifier at the end. Keep it: you need it to log in.' },
        { q: 'How do I write my name?', a: 'In Latin letters, as on your identity document. Your surname at birth is the surname you had when you were born.' },
      ],
    },
    identityDocument: {
      title: 'My identity document',
      questions: [
        { q: 'Which identity documents are accepted?', a: 'A French identity card, residence permit or passport. The number is checked to confirm your identity.' },
        { q: 'I do not have a French identity document.', a: 'Touch “I do not have a French identity document”. You can still create your account. You may be asked for a document later.' },
      ],
    },
    contact: {
      title: 'My contact details',
      questions: [
        { q: 'Why give my phone number or e-mail address?', a: 'The Caf sends you a code to check your contact details, then tells you which papers to send. Your e-mail address is never given to anyone else.' },
        { q: 'I do not have my phone with me.', a: 'Choose the e-mail address if you can read it here, on your phone or elsewhere. Otherwise, you can come back later.' },
      ],
    },
    code: {
      title: 'The verification code',
      questions: [
        { q: 'I have not received the code.', a: 'Wait a few seconds. Look in the junk folder of your e-mail. You can ask for a new code, or change your contact details.' },
        { q: 'How long do I have to type the code?', a: '10 minutes. After that, the code no longer works: ask for a new one.' },
      ],
    },
    password: {
      title: 'My password',
      questions: [
        { q: 'What are the rules?', a: 'Between 8 and 24 characters, with at least 1 digit, 1 lowercase letter and 1 capital letter. Only letters without accents, and digits.' },
        { q: 'How do I remember it?', a: 'Choose a password you will remember, without writing it down at the kiosk. The Caf cannot see it: never give it to anyone.' },
        { q: 'Can I see what I type?', a: 'Yes: touch “Show” next to the field. Only do it if nobody is looking at the screen.' },
      ],
    },
    summary: {
      title: 'The summary',
      questions: [
        { q: 'Something is wrong.', a: 'Touch “Change” next to the part to correct. You then come back to the summary.' },
        { q: 'What happens next?', a: 'You can log in with your social security number, or your provisional identifier, and your password.' },
      ],
    },
    login: {
      title: 'Logging in',
      questions: [
        { q: 'Which number do I type?', a: 'The first 13 digits of your social security number, written on your carte Vitale. The Caf’s allocataire number is no longer used to log in.' },
        { q: 'I have forgotten my password.', a: 'Touch “Forgotten password?”. You will get a code by text message or e-mail to choose a new password.' },
        { q: 'I have lost my social security number.', a: 'Ask your Assurance Maladie office, the MSA, or the Caf’s reception desk, with your identity document.' },
      ],
    },
    passwordReset: {
      title: 'Forgotten password',
      questions: [
        { q: 'How do I choose a new password?', a: 'Type your social security number. You get a code by text message or e-mail. With this code, you choose a new password.' },
        { q: 'My contact details have changed.', a: 'If you no longer receive anything on your phone or at your e-mail address, a member of the reception staff can help you.' },
      ],
    },
    cgu: {
      title: 'The terms of use',
      questions: [
        { q: 'What are the terms of use?', a: 'The rules for using Mon Compte. Accepting them means you agree to be connected with the Caf. The full text stays in French; a summary is given in your language.' },
        { q: 'How do I accept them?', a: 'Scroll to the bottom of the text, tick the box “I have read the terms of use and I accept them”, then touch “Continue”.' },
      ],
    },
    franceConnect: {
      title: 'FranceConnect',
      questions: [
        { q: 'What is FranceConnect?', a: 'A way to log in to public services with an account you already have: impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris or France Identité.' },
        { q: 'Which identifiers do I type?', a: 'Those of the account you choose. For example, for ameli.fr: your social security number and your ameli password.' },
      ],
    },
    accountSpace: {
      title: 'My account',
      questions: [
        { q: 'Where do I see my payments?', a: 'The last payment is at the top of the screen. Touch “See the details of my benefits” or “My account statement” to see more.' },
        { q: 'How do I leave without leaving my account open?', a: 'Touch “Log out” when you have finished. The kiosk also erases everything after a few minutes without being touched.' },
      ],
    },
    documents: {
      title: 'My documents',
      questions: [
        { q: 'Can I print a document?', a: 'Yes: touch “Print”. The page comes out under the screen. If printing does not work, a member of the reception staff can help you.' },
        { q: 'I cannot find a letter.', a: 'The Caf’s letters and e-mails are in “My letters and e-mails”, newest first.' },
      ],
    },
    separation: {
      title: 'Report a separation',
      questions: [
        { q: 'Which date do I give?', a: 'The day you stopped living together. It cannot be in the future.' },
        { q: 'What happens next?', a: 'The Caf looks again at each person’s rights from that date. It may ask you for a document by letter.' },
      ],
    },
    autorisation: {
      title: 'Permission to manage the file',
      questions: [
        { q: 'What is permission to manage the file for?', a: 'It lets your partner make the household’s applications, answer the Caf and ask for information at the reception desk.' },
        { q: 'Can I withdraw it?', a: 'Yes, at any time, with “Withdraw permission to manage the file”. It applies at once.' },
      ],
    },
    aideLogement: {
      title: 'The housing benefit application',
      questions: [
        { q: 'Which papers should I keep with me?', a: 'Your lease or your loan contract, a rent receipt, your payslips or payment notices for the last 12 months, and your RIB.' },
        { q: 'Can I stop and come back later?', a: 'Yes. Your answers are saved at each step. You can continue your application on another visit.' },
        { q: 'Who counts as my partner?', a: 'Your husband or wife, your Pacs partner, or the person you live with as a couple.' },
      ],
    },
    logement: {
      title: 'The home',
      questions: [
        { q: 'I share a flat or live in a hostel.', a: 'Choose “A tenant”: you pay rent. For the kind of home, choose “A room” or “A home in a hostel”.' },
        { q: 'Where do I find the date I moved in?', a: 'On your lease or on the check-in report (état des lieux).' },
      ],
    },
    loyer: {
      title: 'The rent or the loan',
      questions: [
        { q: 'What are service charges?', a: 'What you pay each month on top of the rent: water, upkeep, the lift… They are written on your rent receipt. Write 0 if there are none.' },
        { q: 'How do I write the cents?', a: 'With a comma or a point, for example 650,50 or 650.50. Digits only, without the euro sign.' },
      ],
    },
    ressources: {
      title: 'Income',
      questions: [
        { q: 'What should be counted?', a: 'Everything the person received in the last 12 months: wages, unemployment benefit, pensions, grants…' },
        { q: 'Someone received nothing.', a: 'Write 0 for them.' },
      ],
    },
    banque: {
      title: 'The bank account',
      questions: [
        { q: 'Where do I find my IBAN?', a: 'On your RIB, in your banking app or in your chequebook. In France, it starts with FR and has 27 characters.' },
        { q: 'Can the account be abroad?', a: 'The Caf pays the benefit into an account in France or in the SEPA area, in Europe.' },
      ],
    },
    accessibility: {
      title: 'Accessibility',
      questions: [
        { q: 'Do my choices stay for the next visitor?', a: 'No. At the end of your visit, the kiosk goes back to French, with every mode off.' },
      ],
    },
  },
};
