import type { account as english } from '../en/account.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: account (terms from ../glossary.md). */
export const account = {
  'account.language.heading': 'لغة الواجهة',
  'account.language.help': 'لغة القوائم والأزرار والرسائل. تبقى المقالات بلغتها.',
  'account.password.heading': 'تغيير كلمة المرور',
  'account.password.intro': 'تغييرها يُخرجك من كل متصفح وجهاز آخر؛ وتبقى مسجَّل الدخول هنا.',
  'account.password.changed': 'تغيّرت كلمة المرور. أُنهيت الجلسات الأخرى.',
  'account.password.changedToast': 'تغيّرت كلمة المرور. أُخرجت من كل مكان آخر.',
  'account.password.current': 'كلمة المرور الحالية',
  'account.password.new': 'كلمة المرور الجديدة',
  'account.password.newHelp': 'من {min} إلى {max} حرفًا ({recommended} أو أكثر أفضل)؛ دون كلمات المرور الشائعة. بضع كلمات متتالية تصنع كلمة مرور جيدة.',
  'account.password.again': 'كلمة المرور الجديدة مرة أخرى',
  'account.password.mismatch': 'كلمتا المرور الجديدتان غير متطابقتين.',
  'account.password.submit': 'تغيير كلمة المرور',
  'account.password.submitting': 'جارٍ التغيير…',
} satisfies Translation<typeof english>;
