import type { accessibility as fr } from './messages.fr';

export const accessibility: typeof fr = {
  title: 'Accessibility',
  lead: 'The kiosk can adapt to you. Here is what it offers, and how to turn each on. At the end of your visit, everything goes back to how it was.',
  on: 'On',
  off: 'Off',
  state: '{mode}: {state}',
  textSize: {
    title: 'Larger text',
    text: 'The text becomes twice as large on every screen. Touch “Larger text” at the top of the screen, or the button below.',
  },
  contrast: {
    title: 'High contrast',
    text: 'The text is black on white, and the colours are darker. Touch “High contrast” at the top of the screen, or the button below.',
  },
  easyRead: {
    title: 'Easy read',
    text: 'Short sentences and everyday words. In French and in English. Touch “Easy read” at the top of the screen, or the button below.',
    notInLanguage: 'Easy read exists in French and in English. Choose one of these languages to turn it on.',
  },
  speech: {
    title: 'Listen to the screen',
    text: 'The kiosk reads each screen aloud, and what you touch. A first touch reads a button, a second touch activates it. At the top of the screen, you can repeat, speak louder or quieter, faster or slower.',
    findIt: 'Without seeing the screen: on the welcome screen, slide your finger down to the bottom edge. The large button there turns listening on.',
  },
  languages: {
    title: 'Languages',
    text: 'French, English and Arabic. Touch your language at the top of the screen, at any time. The terms of use stay in French, with a summary in your language.',
  },
  help: {
    title: 'Need help?',
    text: 'On every screen, “Need help?” answers the questions of that step. You can also call a member of staff: they come to help you at the kiosk.',
  },
  back: 'Back',
};
