// French messages: the seeds' own words (../shared/seeds). Each journey keeps its texts in its own folder
// (features/<journey>/messages.fr.ts); this file only assembles them.
import { agent } from '../features/agent/messages.fr';
import { welcome } from '../features/welcome/messages.fr';
import { kiosk } from '../kiosk/messages.fr';

export const fr = {
  app: {
    title: 'Mon Compte',
    caf: 'Caf',
    portal: 'Bienvenue sur le portail de connexion des Allocations Familiales',
  },
  welcome,
  kiosk,
  agent,
};

export type Messages = typeof fr;
