// « Mot de passe oublié ? » in easy-read English, after easy-read.fr.ts.
import type { EasyReadOf } from '../../kiosk/languages';
import type { passwordReset as fr } from './messages.fr';

export const passwordReset: EasyReadOf<typeof fr> = {
  kicker: 'I forgot my password',
  identifierTitle: 'I get a code. Then I choose a new password.',
  identifierLead: 'I write my social security number. Then I choose how to get the code.',
  channel: 'I get the code:',
  channelHelp: 'The Caf sends the code to the mobile phone or the e-mail address I gave the Caf.',
  sms: 'By text message, on my mobile phone',
  codeTitle: 'I write the code',
  sentSms: 'The Caf sent me a code by text message. I look at my mobile phone. I got nothing? Maybe the Caf does not know my number.',
  sentEmail: 'The Caf sent me a code by e-mail. I look at my e-mails. I got nothing? Maybe the Caf does not know my e-mail address.',
  fieldSms: 'The code I got by text message',
  fieldEmail: 'The code I got by e-mail',
  otherChannel: 'Get the code another way',
  passwordTitle: 'I choose my new password',
  passwordLead: 'My new password must have:',
  submitPassword: 'Confirm my new password',
  back: 'Go back to the screen to log in',
};
