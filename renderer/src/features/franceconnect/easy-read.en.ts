// FranceConnect in easy-read English, after easy-read.fr.ts.
import type { EasyReadOf } from '../../kiosk/languages';
import type { franceConnect as fr } from './messages.fr';

export const franceConnect: EasyReadOf<typeof fr> = {
  kicker: 'I use FranceConnect',
  startTitle: 'I use my account from another State website',
  startText:
    'I choose a website where I already have an account. For example: ameli.fr or impots.gouv.fr. I write my number and my password for this website. Then I come back to my Caf account.',
  going: 'FranceConnect is opening…',
  returnTitle: 'I come back from FranceConnect',
  exchanging: 'I am going to my Caf account…',
  newAccountTitle: 'I do not have a Caf account yet',
  errors: {
    cancelled: 'I stopped FranceConnect. I can try again. Or I can write my social security number.',
    failed: 'FranceConnect did not work. I can try again. Or I can write my social security number.',
    expired: 'FranceConnect took too long. I start again.',
  },
  retry: 'Try FranceConnect again',
  otherLogin: 'Write my social security number',
};
