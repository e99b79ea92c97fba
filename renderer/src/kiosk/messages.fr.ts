// Texts of the kiosk shell (idle warning, cleared screen, workshop banner). Issue 6 gives the idle dialog's words.
export const kiosk = {
  idle: {
    title: 'Êtes-vous toujours là ?',
    countdown: 'L’écran va s’effacer dans {seconds} secondes.',
    countdownOne: 'L’écran va s’effacer dans 1 seconde.',
    explanation: 'Pour protéger vos informations, tout ce que vous avez saisi sera effacé.',
    stay: 'Je suis toujours là',
    finish: 'Terminer et tout effacer',
  },
  cleared: {
    title: 'Vos informations ont été effacées',
    text: 'La borne est prête pour la personne suivante.',
    inactivity: 'L’écran n’a pas été touché depuis un moment.',
    sessionEnded: 'Votre session Mon Compte a pris fin. Vous pouvez vous connecter à nouveau.',
    start: 'Commencer',
  },
  outOfService: {
    title: 'Borne hors service',
    text: 'Cette borne ne peut pas être utilisée pour le moment.',
    help: 'Merci de vous adresser à l’accueil.',
    elsewhere: 'Vous pouvez aussi utiliser Mon Compte sur caf.fr ou avec l’application mobile Caf-Mon Compte.',
  },
  workshop: 'MODE ATELIER',
  workshopHint: 'Formation : les comptes sont fictifs',
  workshopCode: 'MODE ATELIER : le code envoyé est {code}',
};
