// Plain-French messages for the stable error codes of shared/domain and of the back end ({code, message, field?}).
// One sentence that says what to do, as GOV.UK's error message guidance recommends. Keys mirror the codes:
// "nir.key" → errors.nir.key. A code without a message here falls back to errors.unknown.
export const errors = {
  summaryTitle: 'Il y a un problème',
  unknown: 'Une erreur est survenue. Vérifiez ce que vous avez saisi, puis réessayez.',
  request: {
    invalid: 'La borne n’a pas pu envoyer votre demande. Réessayez ; si cela continue, adressez-vous à l’accueil.',
    unknownField: 'La borne n’a pas pu envoyer votre demande. Réessayez ; si cela continue, adressez-vous à l’accueil.',
    tooLarge: 'Ce que vous avez saisi est trop long. Raccourcissez-le, puis réessayez.',
    mediaType: 'La borne n’a pas pu envoyer votre demande. Réessayez ; si cela continue, adressez-vous à l’accueil.',
    host: 'Ce service n’est pas disponible sur la borne. Adressez-vous à l’accueil.',
  },
  route: { notFound: 'Ce service n’est pas disponible sur la borne. Adressez-vous à l’accueil.' },
  method: { notAllowed: 'Ce service n’est pas disponible sur la borne. Adressez-vous à l’accueil.' },
  internal: 'Le service Mon Compte a rencontré un problème. Ce que vous avez saisi est conservé : réessayez dans un moment.',
  flow: {
    notFound: 'Cette démarche a pris fin, par exemple après un long moment sans action. Recommencez depuis le début.',
    step: 'Une étape précédente n’est pas terminée. Revenez à l’étape d’avant.',
  },
  demande: {
    sent: 'Cette demande est déjà envoyée : elle ne peut plus être modifiée.',
    incomplete: 'Une étape de la demande n’est pas remplie. Complétez-la avant d’envoyer votre demande.',
    notSent: 'Cette demande n’est pas encore envoyée : l’accusé de réception n’existe pas encore.',
  },
  nir: {
    required: 'Saisissez votre numéro de Sécurité sociale',
    length: 'Le numéro de Sécurité sociale doit comporter 13 caractères',
    format: 'Le numéro de Sécurité sociale ne contient que des chiffres (et A ou B pour la Corse)',
    sex: 'Le numéro de Sécurité sociale doit commencer par 1 ou 2',
    month: 'Le mois de naissance inscrit dans le numéro de Sécurité sociale n’est pas valide',
    department: 'Le département inscrit dans le numéro de Sécurité sociale n’est pas valide',
    key: 'Le numéro de Sécurité sociale est incorrect : vérifiez chaque chiffre sur votre carte Vitale',
    inconsistent:
      'Ce numéro de Sécurité sociale ne correspond pas à l’état civil saisi : vérifiez le numéro, le nom, la date et le lieu de naissance',
  },
  nirConsistency: {
    civilite: 'La civilité ne correspond pas au numéro de Sécurité sociale (1 pour un homme, 2 pour une femme)',
    dateNaissance: 'La date de naissance ne correspond pas au numéro de Sécurité sociale (année et mois de naissance)',
    lieuNaissance: 'Le lieu de naissance ne correspond pas au numéro de Sécurité sociale',
  },
  identifier: { allocataireNumber: 'C’est un numéro allocataire : saisissez maintenant votre numéro de Sécurité sociale (13 chiffres)' },
  provisionalId: {
    required: 'Saisissez votre identifiant provisoire',
    format: 'L’identifiant provisoire n’a pas le bon format',
    check: 'L’identifiant provisoire est incorrect : vérifiez chaque caractère',
  },
  hasNir: { required: 'Indiquez si vous possédez un numéro de Sécurité sociale' },
  civilite: { required: 'Choisissez votre civilité' },
  name: {
    required: 'Saisissez ce nom',
    tooLong: 'Ce nom est trop long',
    characters: 'Utilisez seulement des lettres, des espaces, des tirets et des apostrophes',
  },
  nomNaissance: { required: 'Saisissez votre nom de naissance' },
  prenoms: { required: 'Saisissez votre ou vos prénoms' },
  birthDate: {
    required: 'Saisissez votre date de naissance',
    format: 'Saisissez la date de naissance sous la forme JJ/MM/AAAA, par exemple 01/01/1980',
    invalid: 'Cette date n’existe pas : vérifiez le jour et le mois',
    future: 'La date de naissance doit être dans le passé',
    tooOld: 'Vérifiez l’année de naissance',
    tooYoung: 'Il faut avoir au moins 15 ans pour créer Mon Compte',
  },
  birthPlace: {
    required: 'Indiquez si vous êtes né en France ou à l’étranger',
    departement: 'Choisissez votre département de naissance dans la liste',
    commune: 'Choisissez votre commune de naissance dans la liste',
    pays: 'Choisissez votre pays de naissance dans la liste',
  },
  identityDocument: {
    unknown: 'Ce numéro de pièce d’identité n’a pas pu être vérifié. Vérifiez-le, ou choisissez « Je ne dispose pas d’une pièce d’identité française »',
    required: 'Choisissez votre pièce d’identité',
    format: 'Le numéro de la pièce d’identité n’a pas le bon format : recopiez-le tel qu’il est écrit',
    rejected: 'Ce numéro de pièce d’identité n’a pas pu être vérifié. Vérifiez-le, ou choisissez « Je ne dispose pas d’une pièce d’identité française »',
    numberRequired: 'Saisissez le numéro de votre pièce d’identité',
  },
  contactChannel: { required: 'Choisissez comment recevoir le code' },
  mobile: {
    required: 'Saisissez votre numéro de téléphone portable',
    format: 'Saisissez un numéro de téléphone portable valide, par exemple 06 12 34 56 78',
    notMobile: 'Ce numéro n’est pas un numéro de portable : il doit pouvoir recevoir des SMS',
  },
  email: {
    required: 'Saisissez votre adresse mail',
    format: 'Saisissez une adresse mail valide, par exemple nom{\'@\'}exemple.fr',
  },
  confirmation: {
    mismatch: 'Les deux saisies ne sont pas identiques',
    required: 'Saisissez une deuxième fois pour confirmer',
  },
  code: {
    required: 'Saisissez le code reçu',
    format: 'Le code est composé de 6 chiffres',
    invalid: 'Ce code n’est pas le bon. Vérifiez-le, ou demandez un nouveau code',
    expired: 'Ce code n’est plus valable (10 minutes). Demandez un nouveau code',
    tooManyAttempts: 'Trop d’essais. Demandez un nouveau code',
    cooldown: 'Un code vient d’être envoyé. Patientez quelques secondes avant d’en demander un nouveau',
  },
  password: {
    required: 'Choisissez votre mot de passe',
    rules: 'Le mot de passe ne respecte pas toutes les règles ci-dessous',
    common: 'Ce mot de passe est trop courant : choisissez-en un autre',
  },
  loginPassword: { required: 'Saisissez votre mot de passe' },
  autreTelephone: { format: 'Saisissez un numéro de téléphone valide, par exemple 01 23 45 67 89' },
  cgu: { version: 'Les conditions générales d’utilisation ont changé. Relisez-les, puis acceptez-les.' },
  auth: {
    invalidCredentials: 'L’identifiant ou le mot de passe est incorrect. Vérifiez votre saisie et réessayez.',
    locked: 'Trop d’essais : la connexion est bloquée pendant quelques minutes.',
    migrationRequired: 'Terminez d’abord votre première connexion : conditions d’utilisation et mot de passe.',
    notMigration: 'Votre première connexion est déjà terminée. Connectez-vous à nouveau.',
    required: 'Votre session a pris fin. Connectez-vous à nouveau.',
  },
  migration: {
    incomplete: 'Acceptez les conditions générales d’utilisation et choisissez votre mot de passe d’abord.',
    // A retry after a lost answer: the first login was finished by the first try.
    done: 'Votre compte est à jour. Connectez-vous avec votre nouveau mot de passe.',
  },
  // A retry after a lost answer: the new password was saved by the first try.
  reset: { done: 'Votre nouveau mot de passe est enregistré. Connectez-vous avec celui-ci.' },
  passwordConfirmation: {
    required: 'Saisissez une deuxième fois votre mot de passe',
    mismatch: 'Les deux mots de passe ne sont pas identiques',
  },
  etatCivil: {
    // One message for every état civil that opens no creation (issue 16): it never says which field, nor whether an
    // account exists, so it names everything to check and the way in for a visitor who already has an account.
    unrecognised: 'Nous ne pouvons pas créer votre compte avec ces informations. Vérifiez votre numéro de Sécurité '
      + 'sociale, votre civilité, vos nom de naissance et prénoms, vos date et lieu de naissance, tels qu’ils figurent '
      + 'sur vos papiers. Si vous avez déjà un compte Mon Compte, connectez-vous.',
  },
  rateLimited: 'Trop de demandes en peu de temps. Patientez une minute, puis réessayez.',
  network: {
    unreachable: 'Le service Mon Compte ne répond pas pour le moment. Ce que vous avez saisi est conservé.',
    slow: 'Le service Mon Compte met du temps à répondre. Ce que vous avez saisi est conservé.',
  },
};
