// The error codes' texts (errors.fr.ts) in easy-read French, after the rules of easy-read.fr.ts: "je" for the visitor,
// one idea per sentence, what to do next, an example where it helps. They show under the field they are about or at
// the top of the screen, beside texts with the same words: « mon numéro de sécurité sociale », « le code », « mon mot
// de passe », « ma pièce d'identité », « mon compte Caf », « la borne », « l'accueil ».
import type { EasyReadOf } from '../kiosk/languages';
import type { errors as fr } from './errors.fr';

const sendAgain = 'La borne n’a pas pu envoyer ma demande. J’essaie encore. Cela ne marche toujours pas ? Je demande de l’aide à l’accueil.';
const notOnKiosk = 'Je ne peux pas faire cela sur la borne. Je demande de l’aide à l’accueil.';
const documentNotChecked =
  'La Caf n’a pas pu vérifier le numéro de ma pièce d’identité. Je vérifie le numéro. Ou je choisis « Je n’ai pas de pièce d’identité française ».';

export const errors: EasyReadOf<typeof fr> = {
  unknown: 'Il y a un problème. Je vérifie ce que j’ai écrit. J’essaie encore.',
  request: {
    invalid: sendAgain,
    unknownField: sendAgain,
    tooLarge: 'J’ai écrit un texte trop long. J’écris un texte plus court. J’essaie encore.',
    mediaType: sendAgain,
    host: notOnKiosk,
  },
  route: { notFound: notOnKiosk },
  method: { notAllowed: notOnKiosk },
  internal: 'La Caf a un problème. Ce que j’ai écrit est gardé. J’essaie encore dans un moment.',
  flow: {
    notFound: 'Ma démarche est arrêtée. Par exemple : je n’ai pas touché l’écran pendant longtemps. Je recommence depuis le début.',
    step: 'Je n’ai pas fini une étape d’avant. Je reviens à l’étape d’avant.',
  },
  demande: {
    sent: 'Ma demande est déjà envoyée. Je ne peux plus la changer.',
    incomplete: 'Une étape de ma demande n’est pas remplie. Je la remplis. Puis j’envoie ma demande.',
    notSent: 'Ma demande n’est pas encore envoyée. La Caf n’a pas encore de preuve de ma demande.',
  },
  nir: {
    required: 'J’écris mon numéro de sécurité sociale.',
    length: 'Mon numéro de sécurité sociale a 13 chiffres. Par exemple : 1 84 12 75 108 045.',
    format: 'Mon numéro de sécurité sociale a seulement des chiffres. Je suis né en Corse ? Il peut avoir la lettre A ou B.',
    sex: 'Mon numéro de sécurité sociale commence par 1 ou par 2. Je regarde ma carte Vitale.',
    month: 'Le 4e et le 5e chiffres de mon numéro de sécurité sociale sont le mois de ma naissance. Ils ne sont pas bons. Je regarde ma carte Vitale.',
    department: 'Le 6e et le 7e chiffres de mon numéro de sécurité sociale sont le lieu de ma naissance. Ils ne sont pas bons. Je regarde ma carte Vitale.',
    key: 'Mon numéro de sécurité sociale n’est pas bon. Je regarde ma carte Vitale. Je vérifie chaque chiffre.',
    inconsistent:
      'Mon numéro de sécurité sociale ne va pas avec ce que j’ai écrit. Je vérifie mon numéro. Je vérifie aussi mon nom, ma date de naissance et mon lieu de naissance.',
  },
  nirConsistency: {
    civilite: 'Mon numéro de sécurité sociale ne va pas avec « Madame » ou « Monsieur ». Un numéro qui commence par 1 : Monsieur. Par 2 : Madame.',
    dateNaissance: 'Ma date de naissance ne va pas avec mon numéro de sécurité sociale. Je vérifie l’année et le mois de ma naissance.',
    lieuNaissance: 'Mon lieu de naissance ne va pas avec mon numéro de sécurité sociale. Je vérifie où je suis né.',
  },
  identifier: {
    allocataireNumber: 'J’ai écrit mon numéro allocataire. MAINTENANT, j’écris mon numéro de sécurité sociale : les 13 premiers chiffres.',
  },
  provisionalId: {
    required: 'J’écris mon numéro donné par la Caf.',
    format: 'Mon numéro donné par la Caf n’est pas bon. Il a 13 chiffres. Le premier chiffre est 9.',
    check: 'Mon numéro donné par la Caf n’est pas bon. Je vérifie chaque chiffre.',
  },
  hasNir: { required: 'Je réponds : j’ai un numéro de sécurité sociale ? Je touche « Oui » ou « Non ».' },
  civilite: { required: 'Je choisis : Madame ou Monsieur.' },
  name: {
    required: 'J’écris ce nom.',
    tooLong: 'Ce nom est trop long. J’écris un nom plus court.',
    characters: 'J’écris seulement des lettres. Je peux aussi écrire un espace, un tiret (-) ou une apostrophe (’).',
  },
  nomNaissance: { required: 'J’écris mon nom de naissance.' },
  prenoms: { required: 'J’écris mon prénom ou mes prénoms.' },
  birthDate: {
    required: 'J’écris ma date de naissance.',
    format: 'J’écris le jour, puis le mois, puis l’année. Par exemple : 01/01/1980.',
    invalid: 'Cette date n’existe pas. Je vérifie le jour et le mois.',
    future: 'Cette date n’est pas encore arrivée. J’écris le jour où je suis né.',
    tooOld: 'Je vérifie l’année de ma naissance.',
    tooYoung: 'Je dois avoir au moins 15 ans pour créer mon compte Caf.',
  },
  birthPlace: {
    required: 'Je réponds : je suis né en France ? Ou dans un autre pays ?',
    departement: 'J’écris le début du nom de mon département de naissance. Puis je touche le bon département dans la liste.',
    commune: 'J’écris le début du nom de ma ville de naissance. Puis je touche la bonne ville dans la liste.',
    pays: 'J’écris le début du nom de mon pays de naissance. Puis je touche le bon pays dans la liste.',
  },
  identityDocument: {
    unknown: documentNotChecked,
    required: 'Je choisis ma pièce d’identité.',
    format: 'Le numéro de ma pièce d’identité n’est pas bon. Je recopie le numéro comme il est écrit sur ma pièce d’identité.',
    rejected: documentNotChecked,
    numberRequired: 'J’écris le numéro de ma pièce d’identité.',
  },
  contactChannel: { required: 'Je choisis comment recevoir le code : par SMS ou par mail.' },
  mobile: {
    required: 'J’écris mon numéro de téléphone portable.',
    format: 'Mon numéro de téléphone portable n’est pas bon. Il a 10 chiffres. Par exemple : 06 12 34 56 78.',
    notMobile: 'Ce numéro n’est pas un numéro de téléphone portable. J’écris le numéro d’un téléphone qui reçoit des SMS. Par exemple : 06 12 34 56 78.',
  },
  email: {
    required: 'J’écris mon adresse mail.',
    format: 'Mon adresse mail n’est pas bonne. Par exemple : prenom.nom{\'@\'}exemple.fr.',
  },
  confirmation: {
    mismatch: 'Les deux ne sont pas pareils. J’écris la même chose deux fois.',
    required: 'J’écris la même chose une deuxième fois.',
  },
  code: {
    required: 'J’écris le code. La Caf me l’a envoyé par SMS ou par mail.',
    format: 'Le code a 6 chiffres. Par exemple : 123456.',
    invalid: 'Ce code n’est pas le bon. Je vérifie le code. Ou je demande un nouveau code.',
    expired: 'Le code marche pendant 10 minutes. Ce code ne marche plus. Je demande un nouveau code.',
    tooManyAttempts: 'J’ai essayé trop de fois. Je demande un nouveau code.',
    cooldown: 'La Caf vient de m’envoyer un code. J’attends quelques secondes. Puis je peux demander un nouveau code.',
  },
  password: {
    required: 'Je choisis mon mot de passe.',
    rules: 'Mon mot de passe ne va pas. Je lis les règles en dessous. Il manque quelque chose.',
    common: 'Ce mot de passe est trop simple à deviner. Je choisis un autre mot de passe.',
  },
  loginPassword: { required: 'J’écris mon mot de passe.' },
  autreTelephone: { format: 'Ce numéro de téléphone n’est pas bon. Il a 10 chiffres. Par exemple : 01 23 45 67 89.' },
  cgu: { version: 'Les règles pour utiliser mon compte Caf (CGU) ont changé. Je lis les règles. Puis je les accepte.' },
  auth: {
    invalidCredentials: 'Le numéro ou le mot de passe n’est pas bon. Je vérifie. J’essaie encore.',
    locked: 'J’ai essayé trop de fois. Je ne peux pas aller sur mon compte Caf pendant quelques minutes.',
    migrationRequired: 'Je dois d’abord finir ma première connexion. J’accepte les règles (CGU). Je choisis mon mot de passe.',
    notMigration: 'Ma première connexion est déjà finie. Je vais sur mon compte Caf encore une fois.',
    required: 'Mon compte Caf est fermé. Je vais sur mon compte Caf encore une fois.',
  },
  migration: {
    incomplete: 'D’abord, j’accepte les règles (CGU). Ensuite, je choisis mon mot de passe.',
    done: 'Mon compte Caf est prêt. Je vais sur mon compte Caf avec mon nouveau mot de passe.',
  },
  reset: { done: 'Mon nouveau mot de passe est enregistré. Je vais sur mon compte Caf avec ce mot de passe.' },
  passwordConfirmation: {
    required: 'J’écris mon mot de passe une deuxième fois.',
    mismatch: 'Les deux mots de passe ne sont pas pareils. J’écris le même mot de passe deux fois.',
  },
  etatCivil: {
    // As errors.fr.ts: one text for every état civil that opens no creation, which names everything to check.
    unrecognised:
      'La Caf ne peut pas créer mon compte Caf avec ce que j’ai écrit. Je vérifie tout. Comme sur mes papiers : mon numéro de sécurité sociale, Madame ou Monsieur, mon nom de naissance, mes prénoms, ma date de naissance et mon lieu de naissance. J’ai déjà un compte Caf ? Je vais sur mon compte Caf.',
  },
  rateLimited: 'J’ai fait trop de demandes en peu de temps. J’attends une minute. Puis j’essaie encore.',
  network: {
    unreachable: 'La Caf ne répond pas. Ce que j’ai écrit est gardé. J’essaie encore dans un moment.',
    slow: 'La Caf répond lentement. Ce que j’ai écrit est gardé. J’attends un peu.',
  },
};
