import type { kiosk as fr } from './messages.fr';

export const kiosk: typeof fr = {
  idle: {
    title: 'Are you still there?',
    countdown: 'The screen will be cleared in {seconds} seconds.',
    countdownOne: 'The screen will be cleared in 1 second.',
    explanation: 'To protect your information, everything you have entered will be erased.',
    stay: 'I am still here',
    finish: 'Finish and erase everything',
  },
  cleared: {
    title: 'Your information has been erased',
    text: 'The kiosk is ready for the next person.',
    inactivity: 'The screen has not been touched for a while.',
    sessionEnded: 'Your Mon Compte session has ended. You can log in again.',
    start: 'Start',
  },
  outOfService: {
    title: 'Kiosk out of service',
    text: 'This kiosk cannot be used at the moment.',
    help: 'Please ask at the reception desk.',
    elsewhere: 'You can also use Mon Compte on caf.fr or with the Caf-Mon Compte mobile app.',
  },
  workshop: 'WORKSHOP MODE',
  workshopHint: 'Training: the accounts are not real',
  workshopCode: 'WORKSHOP MODE: the code sent is {code}',
};
