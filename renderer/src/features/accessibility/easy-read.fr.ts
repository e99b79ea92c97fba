// « Accessibilité » in easy-read French (i18n/easy-read.fr.ts says the rules).
import type { EasyReadOf } from '../../kiosk/languages';
import type { accessibility as fr } from './messages.fr';

export const accessibility: EasyReadOf<typeof fr> = {
  lead: 'La borne peut m’aider à lire et à comprendre. Je choisis ce qui m’aide. Quand je pars, tout revient comme avant.',
  textSize: {
    text: 'Les lettres deviennent 2 fois plus grandes. Je touche « Agrandir le texte » en haut de l’écran. Ou le bouton en dessous.',
  },
  contrast: {
    text: 'Les lettres sont noires sur du blanc. Elles sont plus faciles à voir. Je touche « Contraste élevé » en haut de l’écran. Ou le bouton en dessous.',
  },
  easyRead: {
    text: 'Des phrases courtes. Des mots de tous les jours. En français et en anglais. Je touche « Facile à lire » en haut de l’écran. Ou le bouton en dessous.',
    notInLanguage: 'Le « Facile à lire » existe en français et en anglais. Je choisis une de ces langues.',
  },
  speech: {
    title: 'La borne lit l’écran à voix haute',
    text: 'La borne lit l’écran à voix haute. Elle lit aussi ce que je touche. Je touche un bouton une fois : la borne le lit. Je le touche encore : le bouton marche. En haut de l’écran, je peux faire parler la borne plus fort ou plus vite.',
    findIt: 'Je ne vois pas l’écran ? Sur le premier écran, je glisse le doigt tout en bas. Je touche le grand bouton. La borne parle.',
  },
  languages: {
    text: 'Français, anglais et arabe. Je touche ma langue en haut de l’écran. Les règles pour utiliser mon compte Caf (CGU) restent en français. Un résumé est dans ma langue.',
  },
  help: {
    text: 'Sur chaque écran, je touche « Besoin d’aide ? ». Je lis les questions et les réponses. Je peux aussi appeler une personne de la Caf. Elle vient m’aider à la borne.',
  },
};
