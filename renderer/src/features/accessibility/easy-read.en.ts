// « Accessibilité » in easy-read English, after easy-read.fr.ts.
import type { EasyReadOf } from '../../kiosk/languages';
import type { accessibility as fr } from './messages.fr';

export const accessibility: EasyReadOf<typeof fr> = {
  lead: 'The kiosk can help me read and understand. I choose what helps me. When I leave, everything goes back to how it was.',
  textSize: {
    text: 'The letters become 2 times bigger. I touch “Larger text” at the top of the screen. Or the button below.',
  },
  contrast: {
    text: 'The letters are black on white. They are easier to see. I touch “High contrast” at the top of the screen. Or the button below.',
  },
  easyRead: {
    text: 'Short sentences. Everyday words. In French and in English. I touch “Easy read” at the top of the screen. Or the button below.',
    notInLanguage: 'Easy read exists in French and in English. I choose one of these languages.',
  },
  speech: {
    title: 'The kiosk reads the screen aloud',
    text: 'The kiosk reads the screen aloud. It also reads what I touch. I touch a button once: the kiosk reads it. I touch it again: the button works. At the top of the screen, I can make the kiosk speak louder or faster.',
    findIt: 'I cannot see the screen? On the first screen, I slide my finger right to the bottom. I touch the large button. The kiosk speaks.',
  },
  languages: {
    text: 'French, English and Arabic. I touch my language at the top of the screen. The rules for using my Caf account (terms of use) stay in French. A summary is in my language.',
  },
  help: {
    text: 'On every screen, I touch “Need help?”. I read the questions and the answers. I can also call a person from the Caf. They come to help me at the kiosk.',
  },
};
