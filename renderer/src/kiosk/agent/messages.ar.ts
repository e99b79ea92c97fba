import type { agent as fr } from './messages.fr';

export const agent: typeof fr = {
  title: 'لوحة الموظف',
  pinLabel: 'رمز الموظف',
  pinHint: 'من 4 إلى 12 رقمًا',
  unlock: 'تأكيد',
  close: 'إغلاق',
  wrongPin: 'رمز غير صحيح. المحاولات المتبقية: {n}.',
  locked: 'محاولات كثيرة جدًا. أعيدوا المحاولة بعد {minutes} دقيقة.',
  disabled: 'لوحة الموظف غير متاحة على هذا الجهاز.',
  status: {
    version: 'الإصدار',
    terminal: 'الجهاز',
    site: 'الموقع',
    mode: 'الوضع',
    backend: 'خادم Mon Compte',
    reachable: 'متاح',
    unreachable: 'غير متاح',
    embedded: 'بيئة تجريبية مدمجة',
    uptime: 'في الخدمة منذ',
    visits: 'الزيارات منذ التشغيل',
  },
  modes: { kiosk: 'جهاز استقبال', laptop: 'حاسوب محمول', workshop: 'ورشة' },
  uptime: '{hours} س {minutes} د',
  actions: {
    reset: 'إعادة تعيين الزيارة',
    workshopOn: 'التحويل إلى وضع الورشة',
    workshopOff: 'مغادرة وضع الورشة',
    quit: 'الخروج للصيانة',
  },
  actionRefused: 'رُفض الإجراء: أدخلوا الرمز مرة أخرى.',
};
