// The welcome screen and the « Mon Compte » portal in easy-read English, after easy-read.fr.ts.
import type { EasyReadOf } from '../../kiosk/languages';
import type { welcome as fr } from './messages.fr';

export const welcome: EasyReadOf<typeof fr> = {
  heading: 'Hello. You are at the Caf.',
  invite: 'Touch the screen with your finger to start.',
  demande: 'Ask the Caf for help',
  demandeHint: 'For example: help to pay my rent',
  monCompteHint: 'I make my Caf account. Or I go to my Caf account.',
  portal: {
    heading: 'My Caf account',
    connexion: 'I choose',
    createTitle: 'I do not have a Caf account',
    createText: 'I make my account.',
    loginTitle: 'I have a Caf account',
    loginText: 'I write my social security number and my password.',
    franceConnectText: 'I already have an account on another State website. For example: ameli.fr or impots.gouv.fr. I can use it to go to my Caf account.',
    forPrestation: 'I want to ask for: “{prestation}”. First, I go to my Caf account. Or I make my Caf account.',
  },
};
