import type { auth as english } from '../en/auth.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: auth (terms from ../glossary.md). */
export const auth = {
  'auth.heading': 'تسجيل الدخول إلى سند',
  'auth.subtitle': 'استخدم الحساب الذي منحك إياه فريقك.',
  'auth.email': 'البريد الإلكتروني',
  'auth.password': 'كلمة المرور',
  'auth.logIn': 'تسجيل الدخول',
  'auth.loggingIn': 'جارٍ تسجيل الدخول…',
  'auth.wrongCredentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'auth.demoAccounts': 'الحسابات التجريبية',
  'auth.demoMode': 'الوضع التجريبي',
  'auth.demoHint': 'سجّل الدخول بأحد الحسابات <0>{accounts}</0> بكلمة المرور <1>{password}</1>.',
} satisfies Translation<typeof english>;
