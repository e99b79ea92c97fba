// « Me connecter à Mon Compte » in easy-read French, in the words of « Comment je fais pour me connecter … sur mon
// mobile ? » (i18n/easy-read.fr.ts says the rules).
import type { EasyReadOf } from '../../kiosk/languages';
import type { login as fr } from './messages.fr';

export const login: EasyReadOf<typeof fr> = {
  portalHeading: 'Mon compte Caf',
  title: 'Je vais sur mon compte Caf',
  lead: 'J’écris mon numéro de sécurité sociale. Puis j’écris mon mot de passe.',
  nir: 'Mon numéro de sécurité sociale',
  nirHint: 'Les 13 premiers chiffres. Ils sont écrits sur ma carte Vitale.',
  nirHelp: 'Mon numéro de sécurité sociale est écrit sur ma carte Vitale. J’écris seulement les 13 premiers chiffres.',
  provisionalToggle: 'La Caf m’a donné un autre numéro',
  provisionalToggleHint: 'Je n’ai pas de numéro de sécurité sociale. La Caf m’a donné un autre numéro.',
  provisional: 'Mon numéro donné par la Caf',
  provisionalHint: '13 chiffres. Le premier chiffre est 9.',
  provisionalHelp: 'La Caf m’a donné ce numéro quand j’ai créé mon compte Caf. Il commence par 9.',
  useNir: 'J’ai un numéro de sécurité sociale',
  password: 'Mon mot de passe',
  passwordHint: 'Des lettres et des chiffres',
  passwordHelp: 'C’est le mot de passe que j’ai choisi pour mon compte Caf. Mon mot de passe est secret. Je ne le donne à personne.',
  franceConnectWhat: 'FranceConnect, c’est quoi ?',
  franceConnectText: 'Je peux utiliser mon compte d’un autre site de l’État. Par exemple : ameli.fr ou impots.gouv.fr.',
  noAccount: 'Je n’ai pas de compte Caf ?',
  create: 'Créer mon compte Caf',
  invalid: 'Le numéro ou le mot de passe n’est pas bon. Je vérifie. J’essaie encore. J’ai oublié mon mot de passe ? Je touche « Mot de passe oublié ? ».',
  lockedTitle: 'J’ai essayé trop de fois',
  locked: 'J’ai fait trop d’erreurs. La borne bloque mon compte Caf pendant quelques minutes. Ainsi, personne ne peut deviner mon mot de passe.',
  lockedWait: 'J’essaie encore dans {minutes} minute(s).',
  lockedNext: 'J’ai oublié mon mot de passe ? Je touche « Mot de passe oublié ? ». Ou je demande de l’aide à l’accueil.',
  passwordChanged: 'Mon nouveau mot de passe est enregistré. Je peux aller sur mon compte Caf avec ce mot de passe.',
  logoutReminder: 'Quand j’ai fini, je touche « Déconnexion ».',
  allocataireNumber: {
    title: 'J’ai écrit mon numéro allocataire',
    before: 'AVANT, j’écrivais :',
    beforeNumber: 'mon numéro allocataire de la Caf. Il est écrit sur mes papiers de la Caf.',
    beforePassword: 'mon mot de passe de la Caf.',
    now: 'MAINTENANT, j’écris :',
    nowNir: 'mon numéro de sécurité sociale. J’écris les 13 premiers chiffres. Ils sont écrits sur ma carte Vitale.',
    nowPassword: 'mon mot de passe de la Caf.',
    firstLogin:
      'C’est la première fois avec mon numéro de sécurité sociale ? J’écris mon ancien mot de passe à 8 chiffres. Ensuite, je choisis un nouveau mot de passe.',
  },
  lostNir: {
    where: 'Mon numéro de sécurité sociale est écrit sur ma carte Vitale. Il est aussi écrit sur mes fiches de paie.',
    ask: 'Je peux aussi le demander à l’Assurance Maladie (la CPAM). Ou ici, à l’accueil de la Caf. J’apporte ma pièce d’identité. J’apporte aussi mon livret de famille ou mon acte de naissance.',
  },
  errors: {
    passwordRequired: 'J’écris mon mot de passe.',
  },
};
