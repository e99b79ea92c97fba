import type { kiosk as fr } from './messages.fr';

export const kiosk: typeof fr = {
  idle: {
    title: 'هل ما زلتم هنا؟',
    countdown: 'ستُمسح الشاشة بعد {seconds} ثانية.',
    countdownOne: 'ستُمسح الشاشة بعد ثانية واحدة.',
    explanation: 'لحماية معلوماتكم، سيُمسح كل ما أدخلتموه.',
    stay: 'ما زلت هنا',
    finish: 'الإنهاء ومسح كل شيء',
  },
  cleared: {
    title: 'مُسحت معلوماتكم',
    text: 'الجهاز جاهز للشخص التالي.',
    inactivity: 'لم تُلمس الشاشة منذ مدة.',
    sessionEnded: 'انتهت جلستكم في Mon Compte. يمكنكم الدخول من جديد.',
    start: 'البدء',
  },
  outOfService: {
    title: 'الجهاز خارج الخدمة',
    text: 'لا يمكن استعمال هذا الجهاز حاليًا.',
    help: 'يُرجى التوجّه إلى الاستقبال.',
    elsewhere: 'يمكنكم أيضًا استعمال Mon Compte على caf.fr أو بتطبيق الهاتف Caf-Mon Compte.',
  },
  workshop: 'وضع الورشة',
  workshopHint: 'تدريب: الحسابات غير حقيقية',
  workshopCode: 'وضع الورشة: الرمز المرسل هو {code}',
};
