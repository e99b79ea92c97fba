// Easy read in English, after the same rules as easy-read.fr.ts.
import type { EasyReadMessages } from './easy-read';

export const easyReadEn: EasyReadMessages = {
  welcome: {
    heading: 'Hello. You are at the Caf.',
    invite: 'Touch the screen with your finger to start.',
  },
};
