// « Facile à lire » in French, after the European easy-to-read rules (Inclusion Europe): everyday words, one idea per
// sentence, the same word for the same thing, an example where it helps. The style of the Caf's own easy-read
// tutorial « Mon Compte en facile à lire »: "je" for the visitor, short lines, one action per line. The texts not
// rewritten here fall back to the ordinary French ones (i18n/index.ts).
import type { EasyReadMessages } from './easy-read';

export const easyReadFr: EasyReadMessages = {
  app: {
    quitTitle: 'Je veux partir ?',
    quitText: 'La borne va effacer tout ce que j’ai écrit. Je pourrai revenir une autre fois.',
    quitConfirm: 'Oui, je pars',
    quitCancel: 'Non, je reste',
  },
  welcome: {
    heading: 'Bonjour. Vous êtes à la Caf.',
    invite: 'Touchez l’écran avec le doigt pour commencer.',
    demande: 'Demander une aide de la Caf',
    demandeHint: 'Par exemple : une aide pour payer mon loyer',
    monCompteHint: 'Je crée mon compte Caf. Ou je me connecte à mon compte Caf.',
    portal: {
      heading: 'Mon compte Caf',
      createText: 'Je n’ai pas de compte Caf. Je crée mon compte.',
      loginText: 'J’ai un compte Caf. J’écris mon numéro de sécurité sociale et mon mot de passe.',
      franceConnectText: 'J’ai déjà un compte sur un autre site de l’État. Par exemple : ameli.fr ou impots.gouv.fr. Je peux l’utiliser pour aller sur mon compte Caf.',
    },
  },
  demande: {
    themesIntro: 'Je choisis le sujet de ma demande. Par exemple : le logement.',
    prestationsIntro: 'Je choisis l’aide que je demande.',
  },
  login: {
    lead: 'J’écris mon numéro de sécurité sociale. Puis j’écris mon mot de passe.',
    nirHint: 'Les 13 premiers chiffres. Ils sont écrits sur ma carte Vitale.',
    nirHelp: 'Mon numéro de sécurité sociale est écrit sur ma carte Vitale. J’écris seulement les 13 premiers chiffres.',
    passwordHint: 'Des lettres et des chiffres',
    passwordHelp: 'C’est le mot de passe que j’ai choisi pour mon compte Caf. Mon mot de passe est secret. Je ne le donne à personne.',
    provisionalToggleHint: 'Je n’ai pas de numéro de sécurité sociale. La Caf m’a donné un autre numéro.',
    franceConnectText: 'Je peux utiliser mon compte d’un autre site de l’État. Par exemple : ameli.fr ou impots.gouv.fr.',
    invalid: 'Le numéro ou le mot de passe n’est pas bon. Je vérifie. J’essaie encore. J’ai oublié mon mot de passe ? Je touche « Mot de passe oublié ? ».',
  },
  migration: {
    cguLead: 'Je lis les règles pour utiliser mon compte Caf. Ce sont les CGU. J’accepte les règles : je peux aller sur mon compte.',
    scrollHint: 'Je descends jusqu’en bas du texte. Puis je coche la case.',
    passwordLead: 'Je choisis mon nouveau mot de passe.',
    passwordRules: 'Dans mon mot de passe, il faut :',
    contactLead: 'J’écris mon numéro de téléphone portable ou mon adresse mail. La Caf peut ainsi me dire vite les papiers à donner.',
    channel: 'Je reçois un code pour vérifier :',
  },
  kiosk: {
    idle: {
      title: 'Vous êtes encore là ?',
      explanation: 'Personne ne touche l’écran. Bientôt, la borne efface tout ce que vous avez écrit.',
      stay: 'Je suis là',
      finish: 'J’ai fini. Tout effacer.',
    },
    cleared: {
      title: 'Tout est effacé',
      text: 'La personne suivante peut utiliser la borne.',
    },
  },
  errors: {
    unknown: 'Il y a un problème. Je vérifie ce que j’ai écrit. J’essaie encore.',
    network: {
      unreachable: 'La Caf ne répond pas. Ce que j’ai écrit est gardé. J’essaie encore dans un moment.',
      slow: 'La Caf répond lentement. Ce que j’ai écrit est gardé. J’attends un peu.',
    },
  },
  help: {
    intro: 'Des questions. Et leurs réponses.',
    callTitle: 'Je ne trouve pas la réponse ?',
    callText: 'Une personne de la Caf peut venir m’aider.',
    callAgent: 'Appeler une personne de la Caf',
    calledShort: 'Une personne de la Caf arrive. Je reste près de la borne.',
    called: 'Une personne de la Caf arrive. Elle a été appelée à {time}. Je reste près de la borne.',
    topics: {
      welcome: {
        questions: [
          { q: 'Que faire sur cette borne ?', a: 'Je peux créer mon compte Caf. Je peux aller sur mon compte. Je peux demander une aide.' },
          { q: 'Je lis mal le français.', a: 'Je touche ma langue en haut de l’écran. Ou je touche le grand bouton en bas. La borne lit l’écran à voix haute.' },
          { q: 'La borne garde ce que j’écris ?', a: 'Non. Quand je pars, la borne efface tout.' },
        ],
      },
      login: {
        questions: [
          { q: 'Quel numéro écrire ?', a: 'Mon numéro de sécurité sociale. Il est sur ma carte Vitale. J’écris les 13 premiers chiffres.' },
          { q: 'J’ai oublié mon mot de passe.', a: 'Je touche « Mot de passe oublié ? ». Je reçois un code. Avec ce code, je choisis un nouveau mot de passe.' },
          { q: 'J’ai perdu mon numéro de sécurité sociale.', a: 'Je le demande à l’Assurance Maladie. Ou à l’accueil de la Caf, avec ma pièce d’identité.' },
        ],
      },
      cgu: {
        questions: [
          { q: 'Les CGU, c’est quoi ?', a: 'Ce sont les règles pour utiliser mon compte Caf.' },
          { q: 'Comment accepter ?', a: 'Je descends jusqu’en bas du texte. Je coche la case. Je touche « Continuer ».' },
        ],
      },
      password: {
        questions: [
          { q: 'Quelles sont les règles ?', a: 'Au moins 8 caractères. Une lettre minuscule, par exemple m. Une lettre majuscule, par exemple M. Un chiffre.' },
          { q: 'Comment retenir mon mot de passe ?', a: 'Je choisis un mot de passe facile à retenir pour moi. Mon mot de passe est secret. Je ne le donne à personne.' },
          { q: 'Je peux voir ce que j’écris ?', a: 'Oui. Je touche « Afficher ». Je vérifie que personne ne regarde.' },
        ],
      },
      code: {
        questions: [
          { q: 'Je n’ai pas reçu le code.', a: 'J’attends un peu. Je regarde dans mes messages. Je peux demander un nouveau code.' },
          { q: 'J’ai combien de temps ?', a: '10 minutes. Après, je demande un nouveau code.' },
        ],
      },
    },
  },
  accessibility: {
    lead: 'La borne peut m’aider à lire et à comprendre. Je choisis ce qui m’aide. Quand je pars, tout revient comme avant.',
  },
};
