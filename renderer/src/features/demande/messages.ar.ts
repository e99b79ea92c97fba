import type { demande as fr } from './messages.fr';

export const demande: typeof fr = {
  themesHeading: 'تقديم طلب إعانة',
  themesIntro: 'اختاروا الموضوع الذي يخصّكم.',
  prestationsIntro: 'اختاروا الإعانة التي تناسب وضعكم.',
  back: 'رجوع',
  apply: 'تقديم الطلب',
  resumeTitle: 'إذا كنتم قد بدأتم هذا الإجراء، يمكنكم:',
  resume: 'متابعة الطلب الجاري',
  related: 'إجراءات أخرى في هذا الموضوع',
  notBuiltTitle: 'هذا الطلب يُقدَّم في الاستقبال',
  notBuilt:
    'لا يمكن بعدُ تقديم طلب « {prestation} » على هذا الجهاز. توجّهوا إلى استقبال الـCaf: سيساعدكم موظف على تقديمه. يمكنكم أيضًا تقديمه على caf.fr.',
  themes: {
    logement: 'السكن',
    enfants: 'الأطفال',
    separation: 'الانفصال والوفاة',
    rsa: 'الـRsa والـPrime d’activité',
    handicap: 'المرض والإعاقة',
    autres: 'طلبات أخرى',
  },
  prestations: {
    aideLogement: {
      name: 'إعانة السكن (\u2066Aide\u00a0au\u00a0logement\u2069)',
      text: [
        'إذا كنتم تدفعون إيجارًا أو تسدّدون قرضًا لمسكنكم الرئيسي وكانت مواردكم محدودة، يمكنكم الاستفادة من إحدى إعانات السكن الثلاث: \u2066Aide personnalisée au logement (Apl)\u2069 أو \u2066Allocation de logement familiale (Alf)\u2069 أو \u2066Allocation de logement sociale (Als)\u2069.',
        'بحسب وضعكم، تدرس الـCaf حقكم في إحدى هذه الإعانات الثلاث.',
        'لمعرفة المبلغ المحتمل لحقكم، ندعوكم إلى إجراء محاكاة.',
      ],
    },
    primeDemenagement: { name: 'منحة الانتقال (\u2066Prime\u00a0de\u00a0déménagement\u2069)', text: ['مساعدة على تكاليف الانتقال للأسر الكبيرة.'] },
    versementDirect: { name: 'طلب الدفع المباشر - إعانة السكن', text: ['إعانة السكن تُدفع مباشرة إلى المؤجّر.'] },
    attestationLoyer: { name: 'شهادة الإيجار أو الإقامة في مأوى', text: ['الشهادة التي يملؤها المؤجّر أو المأوى.'] },
    certificatPret: { name: 'شهادة القرض', text: ['الشهادة التي تملؤها الجهة المُقرِضة.'] },
    pretAmelioration: { name: 'قرض تحسين المسكن', text: ['قرض لأشغال في مسكنكم.'] },
    paje: { name: 'إعانة استقبال الطفل الصغير (Paje)', text: ['لقدوم الطفل وسنواته الأولى.'] },
    allocationsFamiliales: { name: 'المنح العائلية (\u2066Allocations\u00a0familiales\u2069)', text: ['ابتداءً من طفلين في الكفالة.'] },
    cmg: { name: 'تكملة حرية اختيار طريقة الحضانة', text: ['لرعاية طفل صغير.'] },
    asf: { name: 'منحة الدعم العائلي (Asf)', text: ['لتربية طفل بمفردكم دون مساعدة أحد والديه.'] },
    deces: { name: 'منحة جزافية عند وفاة طفل', text: ['مساعدة بعد وفاة طفل.'] },
    rsa: { name: 'دخل التضامن النشط (Rsa)', text: ['دخل أدنى للأشخاص بلا موارد أو ذوي الموارد الضعيفة.'] },
    primeActivite: { name: 'منحة النشاط (\u2066Prime\u00a0d’activité\u2069)', text: ['تكملة للدخل للأشخاص الذين يعملون.'] },
    aah: { name: 'منحة البالغين ذوي الإعاقة (Aah)', text: ['دخل أدنى للأشخاص في وضعية إعاقة.'] },
    aeeh: { name: 'منحة تعليم الطفل ذي الإعاقة (Aeeh)', text: ['لتعليم ورعاية طفل في وضعية إعاقة.'] },
    ajpp: { name: 'المنحة اليومية للحضور الأبوي (Ajpp)', text: ['لرعاية طفل مريض مرضًا خطيرًا أو مصاب أو ذي إعاقة.'] },
    changementSituation: { name: 'التصريح بتغيير في الوضع', text: ['انتقال، ولادة، انفصال…'] },
  },
};
