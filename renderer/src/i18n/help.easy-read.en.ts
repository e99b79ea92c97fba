// « Besoin d'aide ? » in easy-read English, after help.easy-read.fr.ts. No '@', '|', '{' or '}' in the answers:
// they are vue-i18n message syntax.
import type { EasyReadOf } from '../kiosk/languages';
import type { help as fr } from './help.fr';

export const help: EasyReadOf<typeof fr> = {
  intro: 'Questions. And their answers.',
  callTitle: 'I cannot find the answer?',
  callText: 'A person from the Caf can come and help me.',
  callAgent: 'Call a person from the Caf',
  calling: 'I am calling a person from the Caf…',
  calledShort: 'A person from the Caf is coming. I stay near the kiosk.',
  called: 'A person from the Caf is coming. They were called at {time}. I stay near the kiosk.',
  callFailed: 'The call does not work. I go to the Caf’s reception desk.',
  topics: {
    welcome: {
      title: 'The first screen',
      questions: [
        { q: 'What can I do at this kiosk?', a: 'I can make my Caf account. I can go to my account. I can ask for help from the Caf.' },
        { q: 'I do not read French well.', a: 'I touch my language at the top of the screen. Or I touch the large button at the bottom. The kiosk reads the screen aloud.' },
        { q: 'Does the kiosk keep what I write?', a: 'No. When I leave, the kiosk erases everything.' },
      ],
    },
    portal: {
      title: 'My Caf account',
      questions: [
        { q: 'I do not have a Caf account.', a: 'I touch “Create”. I need my social security number, if I have one. I need my identity document.' },
        { q: 'My family already gets money from the Caf.', a: 'I can still make my own Caf account. I write my social security number.' },
      ],
    },
    demande: {
      title: 'Ask for help',
      questions: [
        { q: 'Which help do I choose?', a: 'First, I choose a subject. For example: housing. Then I choose the help. The kiosk explains each kind of help.' },
        { q: 'Do I need a Caf account?', a: 'Yes. I go to my Caf account. Or I make my account. The kiosk keeps the help I chose.' },
        { q: 'I cannot make my request here.', a: 'Some requests cannot be made at the kiosk. A person at the reception desk can help me.' },
      ],
    },
    etatCivil: {
      title: 'Who I am',
      questions: [
        { q: 'Where is my social security number?', a: 'It is written on my carte Vitale. Under my name. It is also on my payslips.' },
        { q: 'I do not have a social security number.', a: 'I can still make my Caf account. At the end, the Caf gives me another number. I keep this number. It is for going to my account.' },
        { q: 'How do I write my name?', a: 'As on my identity document. In Latin letters, for example: A, B, C. My surname at birth is my surname when I was born.' },
      ],
    },
    identityDocument: {
      title: 'My identity document',
      questions: [
        { q: 'Which identity document?', a: 'My French identity card. Or my French residence permit. Or my French passport.' },
        { q: 'I do not have a French identity document.', a: 'I touch “I do not have a French identity document”. I can still make my Caf account. Later, the Caf may ask me for a paper.' },
      ],
    },
    contact: {
      title: 'How the Caf can reach me',
      questions: [
        { q: 'Why give my phone or my e-mail address?', a: 'The Caf sends me a code. So it checks my number or my e-mail address. Then the Caf tells me which papers to give. The Caf never gives my e-mail address to anyone else.' },
        { q: 'I do not have my phone.', a: 'I choose “By e-mail”. I must be able to read my e-mails now. If not, I come back another time.' },
      ],
    },
    code: {
      title: 'The code',
      questions: [
        { q: 'I did not get the code.', a: 'I wait a little. I look in my messages. I can ask for a new code.' },
        { q: 'How much time do I have?', a: '10 minutes. After that, I ask for a new code.' },
      ],
    },
    password: {
      title: 'My password',
      questions: [
        { q: 'What are the rules?', a: 'At least 8 characters. A small letter, for example m. A capital letter, for example M. A digit.' },
        { q: 'How do I remember my password?', a: 'I choose a password that is easy for me to remember. My password is secret. I do not give it to anyone.' },
        { q: 'Can I see what I write?', a: 'Yes. I touch “Show”. I check that nobody is looking.' },
      ],
    },
    summary: {
      title: 'I check',
      questions: [
        { q: 'Something is not right.', a: 'I touch “Change” next to it. I change it. Then I come back here.' },
        { q: 'What happens next?', a: 'I go to my Caf account. I write my number and my password.' },
      ],
    },
    login: {
      title: 'I go to my Caf account',
      questions: [
        { q: 'Which number do I write?', a: 'My social security number. It is on my carte Vitale. I write the first 13 digits.' },
        { q: 'I forgot my password.', a: 'I touch “Forgotten password?”. I get a code. With this code, I choose a new password.' },
        { q: 'I lost my social security number.', a: 'I ask the Assurance Maladie. Or the Caf’s reception desk, with my identity document.' },
      ],
    },
    passwordReset: {
      title: 'I forgot my password',
      questions: [
        { q: 'How do I get a new password?', a: 'I write my social security number. I get a code by text message or by e-mail. With this code, I choose a new password.' },
        { q: 'I changed my phone or my e-mail address.', a: 'I do not get the code? A person at the reception desk can help me.' },
      ],
    },
    cgu: {
      title: 'The rules for using my Caf account (terms of use)',
      questions: [
        { q: 'What are the terms of use?', a: 'They are the rules for using my Caf account.' },
        { q: 'How do I accept?', a: 'I go down to the end of the text. I tick the box. I touch “Continue”.' },
      ],
    },
    franceConnect: {
      title: 'FranceConnect',
      questions: [
        { q: 'What is FranceConnect?', a: 'I use my account from another State website. For example: ameli.fr or impots.gouv.fr. I do not need another password.' },
        { q: 'What do I write?', a: 'My number and my password for the website I choose. For example, for ameli.fr: my social security number and my ameli password.' },
      ],
    },
    accountSpace: {
      title: 'My Caf account',
      questions: [
        { q: 'Where do I see the money from the Caf?', a: 'The last money I got is at the top of the screen. To see more, I touch “See my help from the Caf”.' },
        { q: 'How do I leave safely?', a: 'When I have finished, I touch “Log out”. If I stop touching the screen, the kiosk erases everything after a few minutes.' },
      ],
    },
    documents: {
      title: 'My papers',
      questions: [
        { q: 'Can I print a paper?', a: 'Yes. I touch “Print”. The page comes out under the screen. The printer does not work? A person at the reception desk can help me.' },
        { q: 'I cannot find a letter.', a: 'The Caf’s letters are in “My letters and e-mails from the Caf”. The newest is at the top.' },
      ],
    },
    separation: {
      title: 'I stop living with my partner',
      questions: [
        { q: 'Which date do I write?', a: 'The day we stopped living together. This day cannot be later than today.' },
        { q: 'What happens next?', a: 'The Caf looks at the help of each person. The Caf may ask me for a paper by letter.' },
      ],
    },
    autorisation: {
      title: 'The right to act for the household',
      questions: [
        { q: 'What is the right to act?', a: 'My partner can do things for the household. My partner can answer the Caf. My partner can ask questions at the reception desk.' },
        { q: 'Can I take this right away?', a: 'Yes. I touch “Take away the right to act”. It starts right now.' },
      ],
    },
    aideLogement: {
      title: 'I ask for help with my home',
      questions: [
        { q: 'Which papers do I bring?', a: 'My lease. Or my loan contract. A rent receipt. My payslips from the last 12 months. My RIB.' },
        { q: 'Can I stop and come back later?', a: 'Yes. The kiosk keeps my answers at each step. I can finish my request another time.' },
        { q: 'Who is my partner?', a: 'My husband or my wife. Or the person I have a Pacs with. Or the person I live with as a couple.' },
      ],
    },
    logement: {
      title: 'My home',
      questions: [
        { q: 'I live with other people. Or in a hostel.', a: 'I choose “A tenant”. Then I choose “A room” or “A home in a hostel”.' },
        { q: 'Where do I find the date I moved in?', a: 'It is written on my lease.' },
      ],
    },
    loyer: {
      title: 'My rent or my loan',
      questions: [
        { q: 'What are the charges?', a: 'What I pay every month on top of the rent. For example: water, the lift. It is written on my rent receipt. I have no charges? I write 0.' },
        { q: 'How do I write the cents?', a: 'With a comma. For example: 650,50. I write only digits.' },
      ],
    },
    ressources: {
      title: 'The money I got',
      questions: [
        { q: 'What do I count?', a: 'All the money I got in 12 months. For example: wages, unemployment money, a pension.' },
        { q: 'A person got nothing.', a: 'I write 0 for them.' },
      ],
    },
    banque: {
      title: 'My bank account',
      questions: [
        { q: 'Where do I find my IBAN?', a: 'On my RIB. Or in my bank’s app. In France, the IBAN starts with FR. It has 27 letters and digits.' },
        { q: 'Can my account be in another country?', a: 'Yes, if it is in Europe.' },
      ],
    },
    accessibility: {
      questions: [
        { q: 'Does the next person keep my choices?', a: 'No. When I leave, the kiosk goes back to French. Everything goes back to how it was.' },
      ],
    },
  },
};
