// "Me connecter à Mon Compte" (« Me connecter à Mon Compte » and « Comment je fais pour me connecter … sur mon mobile ?
// »): the screens' own words; help bubbles in plain French.
export const login = {
  portalHeading: 'Bienvenue sur le portail de connexion des Allocations Familiales',
  title: 'Me connecter à Mon Compte',
  lead: 'Je saisis les 13 premiers chiffres de mon numéro de Sécurité sociale, puis mon mot de passe.',
  nir: 'Numéro de Sécurité sociale',
  nirHint: 'Les 13 premiers chiffres, sans la clé (les 2 derniers chiffres)',
  nirHelp:
    'Votre numéro de Sécurité sociale est écrit sur le recto de votre carte Vitale, sous votre prénom et votre nom de famille. Il est aussi sur vos bulletins de salaire et sur votre attestation de droits de l’Assurance Maladie. Recopiez les 13 premiers chiffres.',
  provisionalToggle: 'J’ai un identifiant provisoire',
  provisionalToggleHint: 'Si vous n’avez pas de numéro de Sécurité sociale, la Caf vous a donné un identifiant provisoire.',
  provisional: 'Identifiant provisoire',
  provisionalHint: '13 chiffres, commençant par 9',
  provisionalHelp: 'L’identifiant provisoire vous a été donné à la fin de la création de votre compte. Il commence par 9.',
  useNir: 'J’ai un numéro de Sécurité sociale',
  password: 'Mot de passe',
  passwordHint: 'Composé de lettres et de chiffres',
  passwordHelp: 'Le mot de passe que vous avez choisi en créant votre compte. La Caf n’y a pas accès : ne le dites à personne.',
  show: 'Afficher',
  hide: 'Masquer',
  submit: 'Se connecter',
  forgotten: 'Mot de passe oublié ?',
  or: 'OU',
  franceConnect: 'S’identifier avec FranceConnect',
  franceConnectWhat: 'Qu’est-ce que FranceConnect ?',
  franceConnectText:
    'FranceConnect me permet de me connecter avec mes identifiants impots.gouv.fr, ameli.fr, L’Identité Numérique La Poste, MSA, Yris ou France Identité.',
  noAccount: 'Pas encore de compte ?',
  create: 'Créer un compte',
  retry: 'Réessayer',
  helpLabel: 'Aide : {label}',
  close: 'Fermer',
  invalid:
    'L’identifiant ou le mot de passe est incorrect. Vérifiez votre saisie et réessayez. Si vous avez oublié votre mot de passe, touchez « Mot de passe oublié ? ».',
  lockedTitle: 'Trop d’essais',
  locked:
    'Pour protéger votre compte, la connexion est bloquée pendant quelques minutes après plusieurs essais sans succès.',
  lockedWait: 'Vous pourrez réessayer dans {minutes} minute(s).',
  lockedNext:
    'En attendant, vous pouvez choisir un nouveau mot de passe avec « Mot de passe oublié ? », ou demander de l’aide à un agent de l’accueil.',
  passwordChanged: 'Votre mot de passe a été modifié. Vous pouvez vous connecter avec votre nouveau mot de passe.',
  logoutReminder: 'Pensez à vous déconnecter en touchant « Déconnexion » quand vous avez fini.',
  allocataireNumber: {
    title: 'Vous avez saisi votre numéro allocataire',
    before: 'AVANT, je me connectais avec :',
    beforeNumber: 'mon numéro allocataire de la Caf (il est écrit sur mes papiers de la Caf),',
    beforePassword: 'mon mot de passe de la Caf.',
    now: 'MAINTENANT, je me connecte avec :',
    nowNir: 'mon numéro de Sécurité sociale : les 13 premiers chiffres, écrits sur ma carte Vitale,',
    nowPassword: 'mon mot de passe de la Caf.',
    firstLogin:
      'Si c’est la première fois que je me connecte avec mon numéro de Sécurité sociale, j’écris mon ancien mot de passe Caf à 8 chiffres. Je choisirai ensuite un nouveau mot de passe.',
  },
  lostNir: {
    toggle: 'J’ai perdu mon numéro de Sécurité sociale',
    where: 'Il est écrit sur le recto de ma carte Vitale, sur mes bulletins de salaire et sur mon attestation de droits de mon compte ameli.',
    ask: 'Je peux aussi le demander à la caisse primaire d’assurance maladie (CPAM), à la Mutualité sociale agricole (MSA), à la Sécurité sociale pour les indépendants, ou ici, à l’accueil de la Caf, en présentant ma pièce d’identité et une pièce d’état civil (par exemple un acte de naissance ou le livret de famille).',
  },
  errors: {
    passwordRequired: 'Saisissez votre mot de passe',
  },
};
