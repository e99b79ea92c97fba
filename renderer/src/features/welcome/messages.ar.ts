import type { welcome as fr } from './messages.fr';

export const welcome: typeof fr = {
  heading: 'مرحبًا بكم في الـCaf',
  invite: 'المسوا الشاشة للبدء',
  demande: 'تقديم طلب إعانة',
  demandeHint: 'إعانة السكن، Rsa، Prime d’activité، الأطفال…',
  monCompte: 'Mon Compte',
  monCompteHint: 'إنشاء حسابي، تسجيل الدخول',
  practice: {
    title: 'الورشة: هويات للتدريب',
    lead: 'للتدرب دون بياناتكم الحقيقية، اختاروا شخصًا واكتبوا ما هو مكتوب. لا شيء مما تفعلونه هنا حقيقي.',
    unavailable: 'هويات التدريب غير متاحة في الوقت الحالي.',
    retry: 'إعادة المحاولة',
    kinds: {
      allocataire: {
        title: 'مستفيدة',
        journey: 'المسوا « Mon Compte »، ثم « الدخول ». انظروا إلى حسابها، ثم قدّموا طلب مساعدة السكن.',
      },
      migrated: {
        title: 'مستفيد يدخل لأول مرة',
        journey: 'المسوا « Mon Compte »، ثم « الدخول ». جرّبوا أولًا رقم المستفيد، ثم رقم الضمان الاجتماعي وكلمة السر القديمة المكونة من 8 أرقام.',
      },
      conjoint: {
        title: 'زوج بدون تفويض تسيير',
        journey: 'المسوا « Mon Compte »، ثم « الدخول ». يمكنه الاطلاع على معلوماته وتغيير بيانات الاتصال.',
      },
      newcomer: {
        title: 'شخص بدون رقم ضمان اجتماعي',
        journey: 'المسوا « تقديم طلب إعانة »، « السكن »، « مساعدة السكن »، « تقديم الطلب »، ثم « إنشاء ». تحصل على معرّف مؤقت.',
      },
    },
    fields: {
      allocataireNumber: 'رقم المستفيد',
      nir: 'رقم الضمان الاجتماعي',
      password: 'كلمة السر',
      oldPassword: 'كلمة السر القديمة',
      hasNir: 'هل لديكم رقم ضمان اجتماعي؟',
      civilite: 'اللقب',
      nomNaissance: 'اسم العائلة عند الولادة',
      prenoms: 'الاسم (الأسماء)',
      dateNaissance: 'تاريخ الولادة',
      paysNaissance: 'مكان الولادة: خارج فرنسا',
      titreSejour: 'بطاقة إقامة فرنسية',
    },
    values: { NON: 'لا', MADAME: 'السيدة (Madame)', MONSIEUR: 'السيد (Monsieur)' },
  },
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
