import type { agent as fr } from './messages.fr';

export const agent: typeof fr = {
  title: 'Agent panel',
  pinLabel: 'Agent code',
  pinHint: '4 to 12 digits',
  unlock: 'Confirm',
  close: 'Close',
  wrongPin: 'Wrong code. Attempts left: {n}.',
  locked: 'Too many attempts. Try again in {minutes} min.',
  disabled: 'The agent panel is not available on this kiosk.',
  status: {
    version: 'Version',
    terminal: 'Kiosk',
    site: 'Site',
    mode: 'Mode',
    backend: 'Mon Compte server',
    reachable: 'reachable',
    unreachable: 'unreachable',
    embedded: 'built-in sandbox',
    uptime: 'In service for',
    visits: 'Visits since start-up',
  },
  modes: { kiosk: 'kiosk', laptop: 'laptop', workshop: 'workshop' },
  uptime: '{hours} h {minutes} min',
  actions: {
    reset: 'Reset the visit',
    workshopOn: 'Switch to workshop mode',
    workshopOff: 'Leave workshop mode',
    quit: 'Quit for maintenance',
  },
  actionRefused: 'Action refused: enter the code again.',
};
