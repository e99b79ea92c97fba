// The error codes' texts (errors.en.ts) in easy-read English, after the same rules as errors.easy-read.fr.ts: "I" for
// the visitor, one idea per sentence, what to do next, an example where it helps, the same words as the easy-read
// screens: « my social security number », « the code », « my password », « my identity document », « my Caf
// account », « the kiosk », « the reception desk ».
import type { EasyReadOf } from '../kiosk/languages';
import type { errors as fr } from './errors.fr';

const sendAgain = 'The kiosk could not send my request. I try again. It still does not work? I ask for help at the reception desk.';
const notOnKiosk = 'I cannot do this on the kiosk. I ask for help at the reception desk.';
const documentNotChecked =
  'The Caf could not check the number of my identity document. I check the number. Or I choose “I do not have a French identity document”.';

export const errors: EasyReadOf<typeof fr> = {
  unknown: 'There is a problem. I check what I wrote. I try again.',
  request: {
    invalid: sendAgain,
    unknownField: sendAgain,
    tooLarge: 'I wrote a text that is too long. I write a shorter text. I try again.',
    mediaType: sendAgain,
    host: notOnKiosk,
  },
  route: { notFound: notOnKiosk },
  method: { notAllowed: notOnKiosk },
  internal: 'The Caf has a problem. What I wrote is kept. I try again in a moment.',
  flow: {
    notFound: 'My application has stopped. For example: I did not touch the screen for a long time. I start again from the beginning.',
    step: 'I did not finish a step before. I go back to the step before.',
  },
  demande: {
    sent: 'My application is already sent. I cannot change it any more.',
    incomplete: 'A step of my application is not filled in. I fill it in. Then I send my application.',
    notSent: 'My application is not sent yet. The Caf has no proof of my application yet.',
  },
  nir: {
    required: 'I write my social security number.',
    length: 'My social security number has 13 digits. For example: 1 84 12 75 108 045.',
    format: 'My social security number has only digits. I was born in Corsica? It can have the letter A or B.',
    sex: 'My social security number starts with 1 or with 2. I look at my carte Vitale.',
    month: 'The 4th and 5th digits of my social security number are the month I was born. They are wrong. I look at my carte Vitale.',
    department: 'The 6th and 7th digits of my social security number are the place I was born. They are wrong. I look at my carte Vitale.',
    key: 'My social security number is wrong. I look at my carte Vitale. I check each digit.',
    inconsistent:
      'My social security number does not match what I wrote. I check my number. I also check my surname, my date of birth and my place of birth.',
  },
  nirConsistency: {
    civilite: 'My social security number does not match “Madame” or “Monsieur”. A number that starts with 1: Monsieur. With 2: Madame.',
    dateNaissance: 'My date of birth does not match my social security number. I check the year and the month I was born.',
    lieuNaissance: 'My place of birth does not match my social security number. I check where I was born.',
  },
  identifier: {
    allocataireNumber: 'I wrote my allocataire number. NOW, I write my social security number: the first 13 digits.',
  },
  provisionalId: {
    required: 'I write my number given by the Caf.',
    format: 'My number given by the Caf is wrong. It has 13 digits. The first digit is 9.',
    check: 'My number given by the Caf is wrong. I check each digit.',
  },
  hasNir: { required: 'I answer: do I have a social security number? I touch “Yes” or “No”.' },
  civilite: { required: 'I choose: Madame or Monsieur.' },
  name: {
    required: 'I write this name.',
    tooLong: 'This name is too long. I write a shorter name.',
    characters: 'I write only letters. I can also write a space, a hyphen (-) or an apostrophe (’).',
  },
  nomNaissance: { required: 'I write my surname at birth.' },
  prenoms: { required: 'I write my first name or my first names.' },
  birthDate: {
    required: 'I write my date of birth.',
    format: 'I write the day, then the month, then the year. For example: 01/01/1980.',
    invalid: 'This date does not exist. I check the day and the month.',
    future: 'This date has not come yet. I write the day I was born.',
    tooOld: 'I check the year I was born.',
    tooYoung: 'I must be at least 15 to create my Caf account.',
  },
  birthPlace: {
    required: 'I answer: was I born in France? Or in another country?',
    departement: 'I write the start of the name of the part of France where I was born. Or its number. Then I touch the right one in the list.',
    commune: 'I write the start of the name of my town of birth. Then I touch the right town in the list.',
    pays: 'I write the start of the name of my country of birth. Then I touch the right country in the list.',
  },
  identityDocument: {
    unknown: documentNotChecked,
    required: 'I choose my identity document.',
    format: 'The number of my identity document is wrong. I copy the number as it is written on my identity document.',
    rejected: documentNotChecked,
    numberRequired: 'I write the number of my identity document.',
  },
  contactChannel: { required: 'I choose how to get the code: by text message or by e-mail.' },
  mobile: {
    required: 'I write my mobile phone number.',
    format: 'My mobile phone number is wrong. It has 10 digits. For example: 06 12 34 56 78.',
    notMobile: 'This is not a mobile phone number. I write the number of a phone that gets text messages. For example: 06 12 34 56 78.',
  },
  email: {
    required: 'I write my e-mail address.',
    format: 'My e-mail address is wrong. For example: firstname.surname{\'@\'}example.fr.',
  },
  confirmation: {
    mismatch: 'The two are not the same. I write the same thing twice.',
    required: 'I write the same thing a second time.',
  },
  code: {
    required: 'I write the code. The Caf sent it to me by text message or by e-mail.',
    format: 'The code has 6 digits. For example: 123456.',
    invalid: 'This code is not the right one. I check the code. Or I ask for a new code.',
    expired: 'The code works for 10 minutes. This code does not work any more. I ask for a new code.',
    tooManyAttempts: 'I tried too many times. I ask for a new code.',
    cooldown: 'The Caf has just sent me a code. I wait a few seconds. Then I can ask for a new code.',
  },
  password: {
    required: 'I choose my password.',
    rules: 'My password is not right. I read the rules below. Something is missing.',
    common: 'This password is too easy to guess. I choose another password.',
  },
  loginPassword: { required: 'I write my password.' },
  autreTelephone: { format: 'This phone number is wrong. It has 10 digits. For example: 01 23 45 67 89.' },
  cgu: { version: 'The rules for using my Caf account (terms of use) have changed. I read the rules. Then I accept them.' },
  auth: {
    invalidCredentials: 'The number or the password is wrong. I check. I try again.',
    locked: 'I tried too many times. I cannot go to my Caf account for a few minutes.',
    migrationRequired: 'I must first finish my first login. I accept the rules (terms of use). I choose my password.',
    notMigration: 'My first login is already finished. I go to my Caf account again.',
    required: 'My Caf account is closed. I go to my Caf account again.',
  },
  migration: {
    incomplete: 'First, I accept the rules (terms of use). Then, I choose my password.',
    done: 'My Caf account is ready. I go to my Caf account with my new password.',
  },
  reset: { done: 'My new password is saved. I go to my Caf account with this password.' },
  passwordConfirmation: {
    required: 'I write my password a second time.',
    mismatch: 'The two passwords are not the same. I write the same password twice.',
  },
  etatCivil: {
    unrecognised:
      'The Caf cannot create my Caf account with what I wrote. I check everything. As on my papers: my social security number, Madame or Monsieur, my surname at birth, my first names, my date of birth and my place of birth. I already have a Caf account? I go to my Caf account.',
  },
  rateLimited: 'I made too many requests in a short time. I wait a minute. Then I try again.',
  network: {
    unreachable: 'The Caf is not answering. What I wrote is kept. I try again in a moment.',
    slow: 'The Caf is answering slowly. What I wrote is kept. I wait a little.',
  },
};
