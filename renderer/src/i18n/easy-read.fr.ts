// « Facile à lire » in French, after the European easy-to-read rules (Inclusion Europe): everyday words, one idea per
// sentence, the same word for the same thing, an example where it helps. The style of the Caf's own easy-read
// tutorial « Mon Compte en facile à lire »: "je" for the visitor, short lines, one action per line.
import type { EasyReadMessages } from './easy-read';

export const easyReadFr: EasyReadMessages = {
  welcome: {
    heading: 'Bonjour. Vous êtes à la Caf.',
    invite: 'Touchez l’écran avec le doigt pour commencer.',
  },
};
