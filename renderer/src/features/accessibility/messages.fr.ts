// « Accessibilité »: what the kiosk offers and how to turn each on, in plain words.
export const accessibility = {
  title: 'Accessibilité',
  lead: 'La borne peut s’adapter à vous. Voici ce qu’elle propose, et comment l’activer. À la fin de votre visite, tout revient comme au début.',
  on: 'Activé',
  off: 'Désactivé',
  state: '{mode} : {state}',
  textSize: {
    title: 'Agrandir le texte',
    text: 'Le texte devient deux fois plus grand sur tous les écrans. Touchez « Agrandir le texte » en haut de l’écran, ou le bouton ci-dessous.',
  },
  contrast: {
    title: 'Contraste élevé',
    text: 'Le texte est noir sur fond blanc, et les couleurs sont plus foncées. Touchez « Contraste élevé » en haut de l’écran, ou le bouton ci-dessous.',
  },
  easyRead: {
    title: 'Facile à lire',
    text: 'Des phrases courtes et des mots de tous les jours. En français et en anglais. Touchez « Facile à lire » en haut de l’écran, ou le bouton ci-dessous.',
    notInLanguage: 'Le « Facile à lire » existe en français et en anglais. Choisissez une de ces langues pour l’activer.',
  },
  speech: {
    title: 'Écouter l’écran',
    text: 'La borne lit à voix haute chaque écran et ce que vous touchez. Un premier toucher lit un bouton, un deuxième toucher l’active. En haut de l’écran, vous pouvez répéter, parler plus fort ou moins fort, plus vite ou moins vite.',
    findIt: 'Sans voir l’écran : sur l’écran d’accueil, faites glisser le doigt jusqu’au bord du bas. Le grand bouton qui s’y trouve active l’écoute.',
  },
  languages: {
    title: 'Langues',
    text: 'Français, anglais et arabe. Touchez votre langue en haut de l’écran, à tout moment. Les conditions générales d’utilisation restent en français, avec un résumé dans votre langue.',
  },
  help: {
    title: 'Besoin d’aide ?',
    text: 'Sur chaque écran, « Besoin d’aide ? » répond aux questions de l’étape. Vous pouvez aussi appeler un agent : il vient vous aider à la borne.',
  },
  back: 'Retour',
};
