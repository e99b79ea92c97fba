// Easy read in English, after the same rules as easy-read.fr.ts: "I" for the visitor, one idea per sentence, the same
// word for the same thing. The texts not rewritten here fall back to the ordinary English ones.
import type { EasyReadMessages } from './easy-read';

export const easyReadEn: EasyReadMessages = {
  app: {
    quitTitle: 'Do I want to leave?',
    quitText: 'The kiosk will erase everything I wrote. I can come back another time.',
    quitConfirm: 'Yes, I leave',
    quitCancel: 'No, I stay',
  },
  welcome: {
    heading: 'Hello. You are at the Caf.',
    invite: 'Touch the screen with your finger to start.',
    demande: 'Ask the Caf for help',
    demandeHint: 'For example: help to pay my rent',
    monCompteHint: 'I make my Caf account. Or I go to my Caf account.',
    portal: {
      heading: 'My Caf account',
      createText: 'I do not have a Caf account. I make my account.',
      loginText: 'I have a Caf account. I write my social security number and my password.',
      franceConnectText: 'I already have an account on another State website. For example: ameli.fr or impots.gouv.fr. I can use it to go to my Caf account.',
    },
  },
  demande: {
    themesIntro: 'I choose what my request is about. For example: housing.',
    prestationsIntro: 'I choose the help I ask for.',
  },
  login: {
    lead: 'I write my social security number. Then I write my password.',
    nirHint: 'The first 13 digits. They are written on my carte Vitale.',
    nirHelp: 'My social security number is written on my carte Vitale. I write only the first 13 digits.',
    passwordHint: 'Letters and digits',
    passwordHelp: 'It is the password I chose for my Caf account. My password is secret. I do not give it to anyone.',
    provisionalToggleHint: 'I do not have a social security number. The Caf gave me another number.',
    franceConnectText: 'I can use my account from another State website. For example: ameli.fr or impots.gouv.fr.',
    invalid: 'The number or the password is not right. I check. I try again. I forgot my password? I touch “Forgotten password?”.',
  },
  migration: {
    cguLead: 'I read the rules for using my Caf account. They are the terms of use. I accept the rules: I can go to my account.',
    scrollHint: 'I go down to the end of the text. Then I tick the box.',
    passwordLead: 'I choose my new password.',
    passwordRules: 'My password must have:',
    contactLead: 'I write my mobile phone number or my e-mail address. Then the Caf can quickly tell me which papers to give.',
    channel: 'I get a code to check:',
  },
  kiosk: {
    idle: {
      title: 'Are you still here?',
      explanation: 'Nobody is touching the screen. Soon, the kiosk erases everything you wrote.',
      stay: 'I am here',
      finish: 'I have finished. Erase everything.',
    },
    cleared: {
      title: 'Everything is erased',
      text: 'The next person can use the kiosk.',
    },
  },
  errors: {
    unknown: 'There is a problem. I check what I wrote. I try again.',
    network: {
      unreachable: 'The Caf is not answering. What I wrote is kept. I try again in a moment.',
      slow: 'The Caf is answering slowly. What I wrote is kept. I wait a little.',
    },
  },
  help: {
    intro: 'Questions. And their answers.',
    callTitle: 'I cannot find the answer?',
    callText: 'A person from the Caf can come and help me.',
    callAgent: 'Call a person from the Caf',
    calledShort: 'A person from the Caf is coming. I stay near the kiosk.',
    called: 'A person from the Caf is coming. They were called at {time}. I stay near the kiosk.',
    topics: {
      welcome: {
        questions: [
          { q: 'What can I do at this kiosk?', a: 'I can make my Caf account. I can go to my account. I can ask for help from the Caf.' },
          { q: 'I do not read French well.', a: 'I touch my language at the top of the screen. Or I touch the large button at the bottom. The kiosk reads the screen aloud.' },
          { q: 'Does the kiosk keep what I write?', a: 'No. When I leave, the kiosk erases everything.' },
        ],
      },
      login: {
        questions: [
          { q: 'Which number do I write?', a: 'My social security number. It is on my carte Vitale. I write the first 13 digits.' },
          { q: 'I forgot my password.', a: 'I touch “Forgotten password?”. I get a code. With this code, I choose a new password.' },
          { q: 'I lost my social security number.', a: 'I ask the Assurance Maladie. Or the Caf’s reception desk, with my identity document.' },
        ],
      },
      cgu: {
        questions: [
          { q: 'What are the terms of use?', a: 'They are the rules for using my Caf account.' },
          { q: 'How do I accept?', a: 'I go down to the end of the text. I tick the box. I touch “Continue”.' },
        ],
      },
      password: {
        questions: [
          { q: 'What are the rules?', a: 'At least 8 characters. A small letter, for example m. A capital letter, for example M. A digit.' },
          { q: 'How do I remember my password?', a: 'I choose a password that is easy for me to remember. My password is secret. I do not give it to anyone.' },
          { q: 'Can I see what I write?', a: 'Yes. I touch “Show”. I check that nobody is looking.' },
        ],
      },
      code: {
        questions: [
          { q: 'I did not get the code.', a: 'I wait a little. I look in my messages. I can ask for a new code.' },
          { q: 'How much time do I have?', a: '10 minutes. After that, I ask for a new code.' },
        ],
      },
    },
  },
  accessibility: {
    lead: 'The kiosk can help me read and understand. I choose what helps me. When I leave, everything goes back to how it was.',
  },
};
