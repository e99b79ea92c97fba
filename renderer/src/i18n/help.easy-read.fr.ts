// « Besoin d'aide ? » in easy-read French (easy-read.fr.ts says the rules): every topic's questions, in the words
// the easy-read screens use (« Voir mes aides de la Caf », « Mes lettres et mes mails de la Caf »…). No '@', '|', '{'
// or '}' in the answers: they are vue-i18n message syntax.
import type { EasyReadOf } from '../kiosk/languages';
import type { help as fr } from './help.fr';

export const help: EasyReadOf<typeof fr> = {
  intro: 'Des questions. Et leurs réponses.',
  callTitle: 'Je ne trouve pas la réponse ?',
  callText: 'Une personne de la Caf peut venir m’aider.',
  callAgent: 'Appeler une personne de la Caf',
  calling: 'J’appelle une personne de la Caf…',
  calledShort: 'Une personne de la Caf arrive. Je reste près de la borne.',
  called: 'Une personne de la Caf arrive. Elle a été appelée à {time}. Je reste près de la borne.',
  callFailed: 'L’appel ne marche pas. Je vais à l’accueil de la Caf.',
  topics: {
    welcome: {
      title: 'Le premier écran',
      questions: [
        { q: 'Que faire sur cette borne ?', a: 'Je peux créer mon compte Caf. Je peux aller sur mon compte. Je peux demander une aide.' },
        { q: 'Je lis mal le français.', a: 'Je touche ma langue en haut de l’écran. Ou je touche le grand bouton en bas. La borne lit l’écran à voix haute.' },
        { q: 'La borne garde ce que j’écris ?', a: 'Non. Quand je pars, la borne efface tout.' },
      ],
    },
    portal: {
      title: 'Mon compte Caf',
      questions: [
        { q: 'Je n’ai pas de compte Caf.', a: 'Je touche « Créer ». J’ai besoin de mon numéro de sécurité sociale, si j’en ai un. J’ai besoin de ma pièce d’identité.' },
        { q: 'Ma famille reçoit déjà de l’argent de la Caf.', a: 'Je peux quand même créer mon compte Caf à moi. J’écris mon numéro de sécurité sociale.' },
      ],
    },
    demande: {
      title: 'Demander une aide',
      questions: [
        { q: 'Quelle aide choisir ?', a: 'D’abord, je choisis un sujet. Par exemple : le logement. Puis je choisis l’aide. La borne explique chaque aide.' },
        { q: 'J’ai besoin d’un compte Caf ?', a: 'Oui. Je vais sur mon compte Caf. Ou je crée mon compte. La borne garde l’aide que j’ai choisie.' },
        { q: 'Je ne peux pas faire ma demande ici.', a: 'Certaines demandes ne se font pas sur la borne. Une personne de l’accueil peut m’aider.' },
      ],
    },
    etatCivil: {
      title: 'Qui je suis',
      questions: [
        { q: 'Où est mon numéro de sécurité sociale ?', a: 'Il est écrit sur ma carte Vitale. Sous mon nom. Il est aussi sur mes fiches de paie.' },
        { q: 'Je n’ai pas de numéro de sécurité sociale.', a: 'Je peux quand même créer mon compte Caf. À la fin, la Caf me donne un autre numéro. Je garde ce numéro. Il sert à aller sur mon compte.' },
        { q: 'Comment écrire mon nom ?', a: 'Comme sur ma pièce d’identité. En lettres latines, par exemple : A, B, C. Mon nom de naissance, c’est mon nom quand je suis né.' },
      ],
    },
    identityDocument: {
      title: 'Ma pièce d’identité',
      questions: [
        { q: 'Quelle pièce d’identité ?', a: 'Ma carte d’identité française. Ou mon titre de séjour français. Ou mon passeport français.' },
        { q: 'Je n’ai pas de pièce d’identité française.', a: 'Je touche « Je n’ai pas de pièce d’identité française ». Je peux quand même créer mon compte Caf. Plus tard, la Caf peut me demander un papier.' },
      ],
    },
    contact: {
      title: 'Comment la Caf peut me joindre',
      questions: [
        { q: 'Pourquoi donner mon téléphone ou mon adresse mail ?', a: 'La Caf m’envoie un code. Ainsi, elle vérifie mon numéro ou mon adresse mail. Ensuite, la Caf me dit les papiers à donner. La Caf ne donne jamais mon adresse mail à quelqu’un d’autre.' },
        { q: 'Je n’ai pas mon téléphone.', a: 'Je choisis « Par mail ». Je dois pouvoir lire mes mails maintenant. Sinon, je reviens une autre fois.' },
      ],
    },
    code: {
      title: 'Le code',
      questions: [
        { q: 'Je n’ai pas reçu le code.', a: 'J’attends un peu. Je regarde dans mes messages. Je peux demander un nouveau code.' },
        { q: 'J’ai combien de temps ?', a: '10 minutes. Après, je demande un nouveau code.' },
      ],
    },
    password: {
      title: 'Mon mot de passe',
      questions: [
        { q: 'Quelles sont les règles ?', a: 'Au moins 8 caractères. Une lettre minuscule, par exemple m. Une lettre majuscule, par exemple M. Un chiffre.' },
        { q: 'Comment retenir mon mot de passe ?', a: 'Je choisis un mot de passe facile à retenir pour moi. Mon mot de passe est secret. Je ne le donne à personne.' },
        { q: 'Je peux voir ce que j’écris ?', a: 'Oui. Je touche « Afficher ». Je vérifie que personne ne regarde.' },
      ],
    },
    summary: {
      title: 'Je vérifie',
      questions: [
        { q: 'Quelque chose n’est pas juste.', a: 'Je touche « Modifier » à côté. Je change. Puis je reviens ici.' },
        { q: 'Et après ?', a: 'Je vais sur mon compte Caf. J’écris mon numéro et mon mot de passe.' },
      ],
    },
    login: {
      title: 'Je vais sur mon compte Caf',
      questions: [
        { q: 'Quel numéro écrire ?', a: 'Mon numéro de sécurité sociale. Il est sur ma carte Vitale. J’écris les 13 premiers chiffres.' },
        { q: 'J’ai oublié mon mot de passe.', a: 'Je touche « Mot de passe oublié ? ». Je reçois un code. Avec ce code, je choisis un nouveau mot de passe.' },
        { q: 'J’ai perdu mon numéro de sécurité sociale.', a: 'Je le demande à l’Assurance Maladie. Ou à l’accueil de la Caf, avec ma pièce d’identité.' },
      ],
    },
    passwordReset: {
      title: 'J’ai oublié mon mot de passe',
      questions: [
        { q: 'Comment avoir un nouveau mot de passe ?', a: 'J’écris mon numéro de sécurité sociale. Je reçois un code par SMS ou par mail. Avec ce code, je choisis un nouveau mot de passe.' },
        { q: 'J’ai changé de téléphone ou d’adresse mail.', a: 'Je ne reçois pas le code ? Une personne de l’accueil peut m’aider.' },
      ],
    },
    cgu: {
      title: 'Les règles pour utiliser mon compte Caf (CGU)',
      questions: [
        { q: 'Les CGU, c’est quoi ?', a: 'Ce sont les règles pour utiliser mon compte Caf.' },
        { q: 'Comment accepter ?', a: 'Je descends jusqu’en bas du texte. Je coche la case. Je touche « Continuer ».' },
      ],
    },
    franceConnect: {
      title: 'FranceConnect',
      questions: [
        { q: 'FranceConnect, c’est quoi ?', a: 'J’utilise mon compte d’un autre site de l’État. Par exemple : ameli.fr ou impots.gouv.fr. Je n’ai pas besoin d’un autre mot de passe.' },
        { q: 'Qu’est-ce que j’écris ?', a: 'Mon numéro et mon mot de passe du site que je choisis. Par exemple, pour ameli.fr : mon numéro de sécurité sociale et mon mot de passe ameli.' },
      ],
    },
    accountSpace: {
      title: 'Mon compte Caf',
      questions: [
        { q: 'Où voir l’argent de la Caf ?', a: 'Le dernier argent reçu est en haut de l’écran. Pour voir plus, je touche « Voir mes aides de la Caf ».' },
        { q: 'Comment bien partir ?', a: 'Quand j’ai fini, je touche « Déconnexion ». Si je ne touche plus l’écran, la borne efface tout après quelques minutes.' },
      ],
    },
    documents: {
      title: 'Mes papiers',
      questions: [
        { q: 'Je peux imprimer un papier ?', a: 'Oui. Je touche « Imprimer ». La feuille sort sous l’écran. L’imprimante ne marche pas ? Une personne de l’accueil peut m’aider.' },
        { q: 'Je ne trouve pas une lettre.', a: 'Les lettres de la Caf sont dans « Mes lettres et mes mails de la Caf ». La plus récente est en haut.' },
      ],
    },
    separation: {
      title: 'Je me sépare',
      questions: [
        { q: 'Quelle date écrire ?', a: 'Le jour où nous n’habitons plus ensemble. Ce jour ne peut pas être plus tard qu’aujourd’hui.' },
        { q: 'Et après ?', a: 'La Caf regarde les aides de chaque personne. La Caf peut me demander un papier par lettre.' },
      ],
    },
    autorisation: {
      title: 'Le droit d’agir pour le foyer',
      questions: [
        { q: 'Le droit d’agir, c’est quoi ?', a: 'Mon conjoint peut faire les démarches pour le foyer. Il peut répondre à la Caf. Il peut poser des questions à l’accueil.' },
        { q: 'Je peux retirer ce droit ?', a: 'Oui. Je touche « Retirer le droit d’agir ». Cela commence tout de suite.' },
      ],
    },
    aideLogement: {
      title: 'Je demande une aide pour mon logement',
      questions: [
        { q: 'Quels papiers prendre avec moi ?', a: 'Mon bail. Ou mon contrat de prêt. Une quittance de loyer. Mes fiches de paie des 12 derniers mois. Mon RIB.' },
        { q: 'Je peux arrêter et revenir plus tard ?', a: 'Oui. La borne garde mes réponses à chaque étape. Je peux finir ma demande une autre fois.' },
        { q: 'Qui est mon conjoint ?', a: 'Mon mari ou ma femme. Ou la personne avec qui je suis pacsé. Ou la personne avec qui je vis en couple.' },
      ],
    },
    logement: {
      title: 'Mon logement',
      questions: [
        { q: 'J’habite avec d’autres personnes. Ou dans un foyer.', a: 'Je choisis « Locataire ». Puis je choisis « Une chambre » ou « Un logement en foyer ».' },
        { q: 'Où trouver la date d’arrivée ?', a: 'Elle est écrite sur mon bail.' },
      ],
    },
    loyer: {
      title: 'Mon loyer ou mon prêt',
      questions: [
        { q: 'Les charges, c’est quoi ?', a: 'Ce que je paie chaque mois en plus du loyer. Par exemple : l’eau, l’ascenseur. C’est écrit sur ma quittance. Je n’ai pas de charges ? J’écris 0.' },
        { q: 'Comment écrire les centimes ?', a: 'Avec une virgule. Par exemple : 650,50. J’écris seulement des chiffres.' },
      ],
    },
    ressources: {
      title: 'L’argent reçu',
      questions: [
        { q: 'Qu’est-ce que je compte ?', a: 'Tout l’argent reçu en 12 mois. Par exemple : le salaire, le chômage, une pension.' },
        { q: 'Une personne n’a rien reçu.', a: 'J’écris 0 pour elle.' },
      ],
    },
    banque: {
      title: 'Mon compte en banque',
      questions: [
        { q: 'Où trouver mon IBAN ?', a: 'Sur mon RIB. Ou dans l’application de ma banque. En France, l’IBAN commence par FR. Il a 27 lettres et chiffres.' },
        { q: 'Mon compte peut être dans un autre pays ?', a: 'Oui, s’il est en Europe.' },
      ],
    },
    accessibility: {
      questions: [
        { q: 'La personne suivante garde mes choix ?', a: 'Non. Quand je pars, la borne revient en français. Tout revient comme avant.' },
      ],
    },
  },
};
