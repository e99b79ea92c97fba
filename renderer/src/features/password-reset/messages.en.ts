import type { passwordReset as fr } from './messages.fr';

export const passwordReset: typeof fr = {
  kicker: 'Forgotten password?',
  identifierTitle: 'Get a code to choose a new password',
  identifierLead: 'Enter your identifier, then choose how to receive the verification code.',
  channel: 'I receive the code:',
  channelHelp: 'The code is sent to the mobile number or the e-mail address you gave the Caf.',
  sms: 'By text message (SMS)',
  email: 'By e-mail',
  send: 'Get the code',
  codeTitle: 'Enter the verification code',
  sentSms: 'If this account exists and has a mobile number, a code has just been sent by text message.',
  sentEmail: 'If this account exists and has an e-mail address, a code has just been sent by e-mail.',
  fieldSms: 'Verification code received by text message',
  fieldEmail: 'Verification code received by e-mail',
  validate: 'Confirm the code',
  otherChannel: 'Get the code another way',
  passwordTitle: 'Choose a new password',
  passwordLead: 'For security reasons, the following rules must be met:',
  submitPassword: 'Confirm the new password',
  back: 'Back to logging in',
};
