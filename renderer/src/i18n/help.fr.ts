// « Besoin d'aide ? »: for each step, the questions visitors ask there, answered in plain words from the Caf's
// tutorials (« Créer Mon Compte », « Me connecter à Mon Compte », « Mon Compte en facile à lire ») and the screens'
// own rules. layouts/help-topics.ts says which topic each screen shows. No '@', '|', '{' or '}' in the answers: they
// are vue-i18n message syntax.
export const help = {
  open: 'Besoin d’aide ?',
  title: 'Besoin d’aide ?',
  intro: 'Les questions que l’on se pose souvent à cette étape.',
  callTitle: 'Vous ne trouvez pas la réponse ?',
  callText: 'Un agent de l’accueil peut venir vous aider à la borne.',
  callAgent: 'Appeler un agent',
  calling: 'Nous prévenons un agent…',
  called: 'Un agent a été prévenu à {time}. Il arrive : restez près de la borne.',
  calledShort: 'Un agent arrive pour vous aider. Restez près de la borne.',
  callFailed: 'L’appel n’a pas pu être envoyé. Adressez-vous à l’accueil de la Caf.',
  accessibility: 'Accessibilité',
  close: 'Fermer',
  topics: {
    welcome: {
      title: 'L’accueil de la borne',
      questions: [
        { q: 'Que puis-je faire sur cette borne ?', a: 'Créer Mon Compte, vous connecter à Mon Compte, consulter vos paiements et vos courriers, et faire une demande de prestation.' },
        { q: 'Je ne lis pas bien le français.', a: 'Touchez « English » ou « العربية » pour changer de langue. Vous pouvez aussi faire lire l’écran à voix haute avec le grand bouton en bas de l’écran.' },
        { q: 'Ce que je saisis reste-t-il sur la borne ?', a: 'Non. Quand vous quittez la borne, ou après quelques minutes sans la toucher, tout ce que vous avez saisi est effacé.' },
      ],
    },
    portal: {
      title: 'Mon Compte',
      questions: [
        { q: 'Je n’ai pas encore de compte.', a: 'Touchez « Créer un compte ». Il vous faut votre numéro de Sécurité sociale si vous en avez un, et votre pièce d’identité.' },
        { q: 'Je suis dans un foyer qui reçoit déjà des aides de la Caf.', a: 'Vous pouvez aussi créer votre propre espace personnel, puis vous connecter avec votre numéro de Sécurité sociale.' },
      ],
    },
    demande: {
      title: 'Faire une demande de prestation',
      questions: [
        { q: 'Quelle prestation choisir ?', a: 'Choisissez d’abord le thème qui correspond à votre situation, par exemple « Le logement », puis la prestation. Chaque prestation est expliquée avant que vous commenciez.' },
        { q: 'Dois-je avoir un compte ?', a: 'Oui. Pour faire une demande, vous devez vous connecter à Mon Compte, ou en créer un. La prestation choisie est gardée pendant ce temps.' },
        { q: 'Je ne peux pas faire ma demande ici.', a: 'Certaines demandes ne se font pas encore sur la borne. Un agent de l’accueil peut vous aider à la faire.' },
      ],
    },
    etatCivil: {
      title: 'Mon état civil',
      questions: [
        { q: 'Où trouver mon numéro de Sécurité sociale ?', a: 'Sur le recto de votre carte Vitale, sous votre nom. Il est aussi sur vos bulletins de salaire et sur votre attestation de droits de l’Assurance Maladie.' },
        { q: 'Je n’ai pas de numéro de Sécurité sociale.', a: 'Vous pouvez quand même créer votre compte : un identifiant provisoire vous sera donné à la fin. Gardez-le : il sert à vous connecter.' },
        { q: 'Comment écrire mon nom ?', a: 'En lettres latines, comme sur votre pièce d’identité. Le nom de naissance est le nom que vous aviez à votre naissance.' },
      ],
    },
    identityDocument: {
      title: 'Ma pièce d’identité',
      questions: [
        { q: 'Quelles pièces d’identité sont acceptées ?', a: 'Une carte d’identité, un titre de séjour ou un passeport français. Le numéro est vérifié pour confirmer votre identité.' },
        { q: 'Je n’ai pas de pièce d’identité française.', a: 'Touchez « Je ne dispose pas d’une pièce d’identité française ». Vous pouvez quand même créer votre compte. Un justificatif peut vous être demandé plus tard.' },
      ],
    },
    contact: {
      title: 'Mes coordonnées de contact',
      questions: [
        { q: 'Pourquoi donner mon téléphone ou mon adresse mail ?', a: 'La Caf vous envoie un code pour vérifier vos coordonnées, puis vous informe des papiers à fournir. Votre adresse mail n’est jamais donnée à d’autres.' },
        { q: 'Je n’ai pas mon téléphone avec moi.', a: 'Choisissez l’adresse mail si vous pouvez la lire ici, sur votre téléphone ou ailleurs. Sinon, vous pourrez revenir plus tard.' },
      ],
    },
    code: {
      title: 'Le code de vérification',
      questions: [
        { q: 'Je n’ai pas reçu le code.', a: 'Attendez quelques secondes. Regardez dans les messages indésirables de votre boîte mail. Vous pouvez demander un nouveau code, ou changer vos coordonnées.' },
        { q: 'Combien de temps ai-je pour écrire le code ?', a: '10 minutes. Après, le code ne marche plus : demandez-en un nouveau.' },
      ],
    },
    password: {
      title: 'Mon mot de passe',
      questions: [
        { q: 'Quelles sont les règles ?', a: 'Entre 8 et 24 caractères, avec au moins 1 chiffre, 1 lettre minuscule et 1 lettre majuscule. Seulement des lettres sans accent et des chiffres.' },
        { q: 'Comment le retenir ?', a: 'Choisissez un mot de passe que vous retiendrez, sans le noter sur la borne. La Caf n’y a pas accès : ne le donnez à personne.' },
        { q: 'Puis-je voir ce que j’écris ?', a: 'Oui : touchez « Afficher » à côté du champ. Faites-le seulement si personne ne regarde l’écran.' },
      ],
    },
    summary: {
      title: 'Le récapitulatif',
      questions: [
        { q: 'Une information est fausse.', a: 'Touchez « Modifier » à côté de la partie à corriger. Vous revenez ensuite au récapitulatif.' },
        { q: 'Et après ?', a: 'Vous pourrez vous connecter avec votre numéro de Sécurité sociale, ou votre identifiant provisoire, et votre mot de passe.' },
      ],
    },
    login: {
      title: 'Me connecter',
      questions: [
        { q: 'Quel numéro dois-je écrire ?', a: 'Les 13 premiers chiffres de votre numéro de Sécurité sociale, écrits sur votre carte Vitale. Le numéro allocataire de la Caf ne sert plus à se connecter.' },
        { q: 'J’ai oublié mon mot de passe.', a: 'Touchez « Mot de passe oublié ? ». Vous recevrez un code par SMS ou par mail pour choisir un nouveau mot de passe.' },
        { q: 'J’ai perdu mon numéro de Sécurité sociale.', a: 'Demandez-le à votre caisse d’Assurance Maladie, à la MSA, ou à l’accueil de la Caf avec votre pièce d’identité.' },
      ],
    },
    passwordReset: {
      title: 'Mot de passe oublié',
      questions: [
        { q: 'Comment choisir un nouveau mot de passe ?', a: 'Écrivez votre numéro de Sécurité sociale. Vous recevez un code par SMS ou par mail. Avec ce code, vous choisissez un nouveau mot de passe.' },
        { q: 'Mes coordonnées ont changé.', a: 'Si vous ne recevez plus rien sur votre téléphone ou votre adresse mail, un agent de l’accueil peut vous aider.' },
      ],
    },
    cgu: {
      title: 'Les conditions générales d’utilisation',
      questions: [
        { q: 'Que sont les CGU ?', a: 'Les règles d’utilisation de Mon Compte. Les accepter veut dire que vous acceptez d’être connecté avec la Caf.' },
        { q: 'Comment les accepter ?', a: 'Descendez jusqu’en bas du texte, cochez la case « J’ai pris connaissance des conditions générales d’utilisation et je les accepte », puis touchez « Continuer ».' },
      ],
    },
    franceConnect: {
      title: 'FranceConnect',
      questions: [
        { q: 'Qu’est-ce que FranceConnect ?', a: 'Un moyen de vous connecter aux services publics avec un compte que vous avez déjà : impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris ou France Identité.' },
        { q: 'Quels identifiants écrire ?', a: 'Ceux du compte que vous choisissez. Par exemple, pour ameli.fr : votre numéro de Sécurité sociale et votre mot de passe ameli.' },
      ],
    },
    accountSpace: {
      title: 'Mon espace',
      questions: [
        { q: 'Où voir mes paiements ?', a: 'Le dernier paiement est en haut de l’écran. Touchez « Voir le détail de mes allocations » ou « Mon relevé de compte PDF » pour en voir plus.' },
        { q: 'Comment partir sans laisser mon compte ouvert ?', a: 'Touchez « Déconnexion » quand vous avez fini. La borne efface aussi tout après quelques minutes sans la toucher.' },
      ],
    },
    documents: {
      title: 'Mes documents',
      questions: [
        { q: 'Puis-je imprimer un document ?', a: 'Oui : touchez « Imprimer ». La feuille sort sous l’écran. Si l’impression ne marche pas, un agent de l’accueil peut vous aider.' },
        { q: 'Je ne trouve pas un courrier.', a: 'Les courriers et courriels de la Caf sont dans « Mes courriers, courriels », du plus récent au plus ancien.' },
      ],
    },
    separation: {
      title: 'Déclarer une séparation',
      questions: [
        { q: 'Quelle date écrire ?', a: 'Le jour où vous avez arrêté de vivre ensemble. Elle ne peut pas être dans le futur.' },
        { q: 'Que se passe-t-il ensuite ?', a: 'La Caf étudie à nouveau les droits de chaque personne à partir de cette date. Elle peut vous demander un justificatif par courrier.' },
      ],
    },
    autorisation: {
      title: 'L’autorisation de gestion',
      questions: [
        { q: 'À quoi sert l’autorisation de gestion ?', a: 'Elle permet à votre conjoint de faire les démarches du foyer, de répondre à la Caf et de se renseigner à l’accueil.' },
        { q: 'Puis-je la retirer ?', a: 'Oui, à tout moment, avec « Retirer l’autorisation de gestion ». Le retrait compte tout de suite.' },
      ],
    },
    aideLogement: {
      title: 'La demande d’aide au logement',
      questions: [
        { q: 'Quels papiers garder près de moi ?', a: 'Votre bail ou votre contrat de prêt, une quittance de loyer, vos bulletins de salaire ou avis de paiement des 12 derniers mois, et votre RIB.' },
        { q: 'Puis-je arrêter et revenir plus tard ?', a: 'Oui. Vos réponses sont enregistrées à chaque étape. Vous pourrez reprendre votre demande lors d’une prochaine visite.' },
        { q: 'Qui compte comme mon conjoint ?', a: 'Votre époux ou épouse, votre partenaire de Pacs, ou la personne avec qui vous vivez en couple.' },
      ],
    },
    logement: {
      title: 'Le logement',
      questions: [
        { q: 'Je vis en colocation ou en foyer.', a: 'Choisissez « Locataire » : vous payez un loyer. Pour le type de logement, choisissez « Une chambre » ou « Un logement en foyer ».' },
        { q: 'Où trouver la date d’entrée ?', a: 'Sur votre bail ou sur l’état des lieux d’entrée.' },
      ],
    },
    loyer: {
      title: 'Le loyer ou le prêt',
      questions: [
        { q: 'Que sont les charges ?', a: 'Ce que vous payez chaque mois en plus du loyer : l’eau, l’entretien, l’ascenseur… Elles sont écrites sur votre quittance. Écrivez 0 s’il n’y en a pas.' },
        { q: 'Comment écrire les centimes ?', a: 'Avec une virgule, par exemple 650,50. Seulement des chiffres, sans le signe euro.' },
      ],
    },
    ressources: {
      title: 'Les ressources',
      questions: [
        { q: 'Que faut-il compter ?', a: 'Tout ce que la personne a reçu pendant les 12 derniers mois : salaires, allocations chômage, pensions, bourses…' },
        { q: 'Une personne n’a rien reçu.', a: 'Écrivez 0 pour elle.' },
      ],
    },
    banque: {
      title: 'Le compte bancaire',
      questions: [
        { q: 'Où trouver mon IBAN ?', a: 'Sur votre RIB, dans votre application bancaire ou sur votre chéquier. En France, il commence par FR et compte 27 caractères.' },
        { q: 'Le compte peut-il être à l’étranger ?', a: 'La Caf verse l’aide sur un compte en France ou dans la zone SEPA, en Europe.' },
      ],
    },
    accessibility: {
      title: 'Accessibilité',
      questions: [
        { q: 'Mes choix restent-ils pour le visiteur suivant ?', a: 'Non. À la fin de votre visite, la borne revient en français, avec tous les modes arrêtés.' },
      ],
    },
  },
};
