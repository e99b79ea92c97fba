import type { franceConnect as fr } from './messages.fr';

export const franceConnect: typeof fr = {
  kicker: 'الدخول عبر FranceConnect',
  startTitle: 'الدخول عبر FranceConnect',
  startText:
    'ستختارون الحساب الذي تدخلون به: impots.gouv.fr أو ameli.fr أو L’Identité Numérique La Poste أو MSA أو Yris أو France Identité. ثم تعودون إلى Mon Compte.',
  going: 'جارٍ فتح FranceConnect…',
  go: 'الدخول عبر FranceConnect',
  returnTitle: 'العودة من FranceConnect',
  exchanging: 'جارٍ الدخول إلى Mon Compte…',
  newAccountTitle: 'ليس لديكم حساب بعد',
  errors: {
    cancelled: 'لقد ألغيتم الدخول عبر FranceConnect. يمكنكم إعادة المحاولة أو الدخول بطريقة أخرى.',
    failed: 'لم ينجح الدخول عبر FranceConnect. يمكنكم إعادة المحاولة أو الدخول بطريقة أخرى.',
    expired: 'استغرق الدخول عبر FranceConnect وقتًا طويلًا. ابدؤوا من جديد.',
  },
  retry: 'إعادة المحاولة عبر FranceConnect',
  otherLogin: 'الدخول برقم الضمان الاجتماعي',
};
