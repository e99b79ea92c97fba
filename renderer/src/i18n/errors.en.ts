// English messages for the error codes (same keys as errors.fr.ts): one sentence that says what to do.
import type { errors as fr } from './errors.fr';

export const errors: typeof fr = {
  summaryTitle: 'There is a problem',
  unknown: 'Something went wrong. Check what you entered, then try again.',
  request: {
    invalid: 'The kiosk could not send your request. Try again; if it keeps happening, ask at the reception desk.',
    unknownField: 'The kiosk could not send your request. Try again; if it keeps happening, ask at the reception desk.',
    tooLarge: 'What you entered is too long. Shorten it, then try again.',
    mediaType: 'The kiosk could not send your request. Try again; if it keeps happening, ask at the reception desk.',
    host: 'This service is not available on the kiosk. Ask at the reception desk.',
  },
  route: { notFound: 'This service is not available on the kiosk. Ask at the reception desk.' },
  method: { notAllowed: 'This service is not available on the kiosk. Ask at the reception desk.' },
  internal: 'The Mon Compte service had a problem. What you entered has been kept: try again in a moment.',
  flow: {
    notFound: 'This application has ended, for example after a long time without any action. Start again from the beginning.',
    step: 'An earlier step is not finished. Go back to the step before.',
  },
  demande: {
    sent: 'This application has already been sent: it can no longer be changed.',
    incomplete: 'A step of the application is not filled in. Complete it before sending your application.',
    notSent: 'This application has not been sent yet: there is no acknowledgement of receipt yet.',
  },
  nir: {
    required: 'Enter your social security number',
    length: 'The social security number must have 13 characters',
    format: 'The social security number has only digits (and A or B for Corsica)',
    sex: 'The social security number must start with 1 or 2',
    month: 'The month of birth in the social security number is not valid',
    department: 'The département in the social security number is not valid',
    key: 'The social security number is wrong: check each digit on your carte Vitale',
    inconsistent:
      'This social security number does not match the personal details entered: check the number, the surname, the date and the place of birth',
  },
  nirConsistency: {
    civilite: 'The title does not match the social security number (1 for a man, 2 for a woman)',
    dateNaissance: 'The date of birth does not match the social security number (year and month of birth)',
    lieuNaissance: 'The place of birth does not match the social security number',
  },
  identifier: { allocataireNumber: 'This is an allocataire number: now enter your social security number (13 digits)' },
  provisionalId: {
    required: 'Enter your temporary identifier',
    format: 'The temporary identifier does not have the right format',
    check: 'The temporary identifier is wrong: check each character',
  },
  hasNir: { required: 'Say whether you have a social security number' },
  civilite: { required: 'Choose your title' },
  name: {
    required: 'Enter this name',
    tooLong: 'This name is too long',
    characters: 'Use only Latin letters, spaces, hyphens and apostrophes, as on your identity document',
  },
  nomNaissance: { required: 'Enter your surname at birth' },
  prenoms: { required: 'Enter your first name or names' },
  birthDate: {
    required: 'Enter your date of birth',
    format: 'Enter the date of birth as DD/MM/YYYY, for example 01/01/1980',
    invalid: 'This date does not exist: check the day and the month',
    future: 'The date of birth must be in the past',
    tooOld: 'Check the year of birth',
    tooYoung: 'You must be at least 15 to create Mon Compte',
  },
  birthPlace: {
    required: 'Say whether you were born in France or abroad',
    departement: 'Choose your département of birth from the list',
    commune: 'Choose your town of birth from the list',
    pays: 'Choose your country of birth from the list',
  },
  identityDocument: {
    unknown: 'This identity document number could not be checked. Check it, or choose “I do not have a French identity document”',
    required: 'Choose your identity document',
    format: 'The number of the identity document does not have the right format: copy it exactly as written',
    rejected: 'This identity document number could not be checked. Check it, or choose “I do not have a French identity document”',
    numberRequired: 'Enter the number of your identity document',
  },
  contactChannel: { required: 'Choose how to receive the code' },
  mobile: {
    required: 'Enter your mobile phone number',
    format: 'Enter a valid mobile phone number, for example 06 12 34 56 78',
    notMobile: 'This is not a mobile number: it must be able to receive text messages',
  },
  email: {
    required: 'Enter your e-mail address',
    format: 'Enter a valid e-mail address, for example name{\'@\'}example.fr',
  },
  confirmation: {
    mismatch: 'The two entries are not the same',
    required: 'Type it a second time to confirm',
  },
  code: {
    required: 'Enter the code you received',
    format: 'The code has 6 digits',
    invalid: 'This code is not the right one. Check it, or ask for a new code',
    expired: 'This code is no longer valid (10 minutes). Ask for a new code',
    tooManyAttempts: 'Too many attempts. Ask for a new code',
    cooldown: 'A code has just been sent. Wait a few seconds before asking for a new one',
  },
  password: {
    required: 'Choose your password',
    rules: 'The password does not meet all the rules below',
    common: 'This password is too common: choose another one',
  },
  loginPassword: { required: 'Enter your password' },
  autreTelephone: { format: 'Enter a valid phone number, for example 01 23 45 67 89' },
  cgu: { version: 'The terms of use have changed. Read them again, then accept them.' },
  auth: {
    invalidCredentials: 'The identifier or the password is wrong. Check what you typed and try again.',
    locked: 'Too many attempts: logging in is blocked for a few minutes.',
    migrationRequired: 'First finish your first login: terms of use and password.',
    notMigration: 'Your first login is already finished. Log in again.',
    required: 'Your session has ended. Log in again.',
  },
  migration: {
    incomplete: 'First accept the terms of use and choose your password.',
    done: 'Your account is up to date. Log in with your new password.',
  },
  reset: { done: 'Your new password is saved. Log in with it.' },
  passwordConfirmation: {
    required: 'Type your password a second time',
    mismatch: 'The two passwords are not the same',
  },
  etatCivil: {
    unrecognised: 'We cannot create your account with this information. Check your social security number, your title, '
      + 'your surname at birth and first names, your date and place of birth, as they appear on your papers. If you '
      + 'already have a Mon Compte account, log in.',
  },
  rateLimited: 'Too many requests in a short time. Wait a minute, then try again.',
  network: {
    unreachable: 'The Mon Compte service is not answering at the moment. What you entered has been kept.',
    slow: 'The Mon Compte service is slow to answer. What you entered has been kept.',
  },
};
