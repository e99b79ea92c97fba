// "Mot de passe oublié ?" (« Me connecter à Mon Compte », step ③: "Je reçois un code par SMS ou par mail (selon mon
// choix) qui me permet de créer un nouveau mot de passe"). The code step's common words (validity, "Vous n'avez rien
// reçu ?"…) are the
// wizard's, shown by forms/account-steps.
export const passwordReset = {
  kicker: 'Mot de passe oublié ?',
  identifierTitle: 'Recevoir un code pour choisir un nouveau mot de passe',
  identifierLead: 'Saisissez votre identifiant, puis choisissez comment recevoir le code de vérification.',
  channel: 'Je reçois le code :',
  channelHelp: 'Le code est envoyé au numéro de portable ou à l’adresse mail que vous avez donnés à la Caf.',
  sms: 'Par SMS',
  email: 'Par mail',
  send: 'Recevoir le code',
  codeTitle: 'Saisir le code de vérification',
  sentSms: 'Si ce compte existe et qu’un numéro de portable y est enregistré, un code vient d’être envoyé par SMS.',
  sentEmail: 'Si ce compte existe et qu’une adresse mail y est enregistrée, un code vient d’être envoyé par mail.',
  fieldSms: 'Code de vérification reçu par SMS',
  fieldEmail: 'Code de vérification reçu par mail',
  validate: 'Valider le code',
  otherChannel: 'Recevoir le code autrement',
  passwordTitle: 'Choisir un nouveau mot de passe',
  passwordLead: 'Pour des raisons de sécurité, les règles suivantes doivent être respectées :',
  submitPassword: 'Valider le nouveau mot de passe',
  back: 'Retour à la connexion',
};
