import type { welcome as fr } from './messages.fr';

export const welcome: typeof fr = {
  heading: 'مرحبًا بكم في الـCaf',
  invite: 'المسوا الشاشة للبدء',
  demande: 'تقديم طلب إعانة',
  demandeHint: 'إعانة السكن، Rsa، Prime d’activité، الأطفال…',
  monCompte: 'Mon Compte',
  monCompteHint: 'إنشاء حسابي، تسجيل الدخول',
  portal: {
    heading: 'مرحبًا بكم في بوابة الدخول إلى Allocations Familiales',
    connexion: 'تسجيل الدخول',
    createTitle: 'إنشاء حساب',
    createText: 'ليس لدي حساب Mon Compte بعد.',
    create: 'إنشاء',
    loginTitle: 'لديك حساب؟',
    loginText: 'أسجّل الدخول برقم الضمان الاجتماعي أو بمعرّفي المؤقت.',
    login: 'تسجيل الدخول',
    or: 'أو',
    franceConnectText: 'FranceConnect هو الحل الذي تقدمه الدولة لتأمين وتبسيط الدخول إلى خدماتكم على الإنترنت.',
    franceConnect: 'الدخول عبر FranceConnect',
    forPrestation: 'لتقديم طلبكم « {prestation} »، سجّلوا الدخول أو أنشئوا حسابكم.',
  },
};
