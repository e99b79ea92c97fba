// Arabic messages (Modern Standard Arabic): the same keys as fr.ts. The Caf's own names, the documents' names and
// every number stay in Latin script, as the visitor meets them on their papers and on the French screens.
import { aideLogement } from '../features/aide-logement/messages.ar';
import { accessibility } from '../features/accessibility/messages.ar';
import { agent } from '../kiosk/agent/messages.ar';
import { accountSpace } from '../features/account-space/messages.ar';
import { createAccount } from '../features/create-account/messages.ar';
import { demande } from '../features/demande/messages.ar';
import { franceConnect } from '../features/franceconnect/messages.ar';
import { household, householdErrors } from '../features/household/messages.ar';
import { login } from '../features/login/messages.ar';
import { migration } from '../features/migration/messages.ar';
import { passwordReset } from '../features/password-reset/messages.ar';
import { welcome } from '../features/welcome/messages.ar';
import { kiosk } from '../kiosk/messages.ar';
import { errors } from './errors.ar';
import { help } from './help.ar';
import type { Messages } from './fr';


export const ar: Messages = {
  app: {
    title: 'Mon Compte',
    caf: 'Caf',
    portal: 'مرحبًا بكم في بوابة الدخول إلى Allocations Familiales',
    largeText: 'تكبير النص',
    highContrast: 'تباين عالٍ',
    easyRead: 'قراءة سهلة',
    display: 'العرض',
    language: 'اللغة',
    chooseLanguage: 'اختيار اللغة',
    quit: 'مغادرة',
    back: 'رجوع',
    close: 'إغلاق',
    help: 'مساعدة: {label}',
    quitTitle: 'هل تريدون المغادرة فعلًا؟',
    quitText: 'سيُمسح ما أدخلتموه من هذا الجهاز. يمكنكم البدء من جديد لاحقًا.',
    quitConfirm: 'نعم، مغادرة',
    quitCancel: 'لا، متابعة',
  },
  speech: {
    turnOn: 'الاستماع إلى الشاشة بصوت عالٍ',
    turnOnHint: 'يقرأ الجهاز الشاشة وما تلمسونه',
    welcomeHint: 'مَرْحَبًا بِكُمْ فِي الكاف. لِسَمَاعِ الشَّاشَةِ بِصَوْتٍ عَالٍ، اِلْمَسُوا الزِّرَّ الكَبِيرَ فِي أَسْفَلِ الشَّاشَةِ.',
    controls: 'الصوت',
    on: 'الصوت مُفعَّل',
    turnOff: 'إيقاف الصوت',
    repeat: 'إعادة',
    louder: 'أعلى',
    quieter: 'أخفض',
    faster: 'أسرع',
    slower: 'أبطأ',
    words: {
      button: 'زر',
      link: 'رابط',
      checked: 'مُحدَّد',
      notChecked: 'غير مُحدَّد',
      selected: 'مُختار',
      notSelected: 'غير مُختار',
      pressed: 'مُفعَّل',
      empty: 'فارغ',
      typedCharacter: 'حرف مُدخَل',
      typedCharacters: 'لا حرف مُدخَل | حرف واحد مُدخَل | عدد الحروف المُدخَلة: {count}',
      invalid: 'يجب تصحيحه',
    },
  },
  keyboard: {
    region: 'لوحة المفاتيح على الشاشة',
    backspace: 'حذف',
    shift: 'حروف كبيرة',
    space: 'مسافة',
    hide: 'إغلاق لوحة المفاتيح',
  },
  errors: { ...errors, ...householdErrors },
  welcome,
  demande,
  help,
  accessibility,
  aideLogement,
  createAccount,
  kiosk,
  agent,
  login,
  passwordReset,
  migration,
  franceConnect,
  accountSpace,
  household,
};
