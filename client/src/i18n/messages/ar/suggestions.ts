import type { suggestions as english } from '../en/suggestions.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: suggestions (terms from ../glossary.md). */
export const suggestions = {
  'suggestions.toggle': 'الاقتراحات',
  'suggestions.count':
    '{count, plural, zero {لا اقتراحات} one {اقتراح واحد} two {اقتراحان} few {# اقتراحات} many {# اقتراحًا} other {# اقتراح}}',
  'suggestions.listLabel': 'جمل تبدو جديرة بالتحقق',
  'suggestions.listHelp': 'تحتها خط منقّط في النص. افتح إحداها لترى سبب اقتراحها.',
  'suggestions.loading': 'جارٍ البحث عن جمل جديرة بالتحقق…',
  'suggestions.failed': 'تعذّر تحميل الاقتراحات.',
  'suggestions.title': 'ادعاء مقترح',
  'suggestions.why': 'سبب الاقتراح',
  'suggestions.score': 'الدرجة {score, number, percent}',
  'suggestions.accept': 'تحديده ادعاءً',
  'suggestions.dismiss': 'تجاهُل',
  'suggestions.close': 'إغلاق',
  'suggestions.accepted': 'حُدّد الاقتراح ادعاءً.',
  'suggestions.dismissed': 'تُجوهل الاقتراح.',
  'suggestions.feature.percentage': 'نسبة مئوية: {text}',
  'suggestions.feature.number': 'رقم: {text}',
  'suggestions.feature.date': 'تاريخ: {text}',
  'suggestions.feature.entity': 'شخص أو مؤسسة: {text}',
  'suggestions.feature.attribution': 'إسناد: {text}',
  'suggestions.feature.comparison': 'مقارنة: {text}',
  'suggestions.feature.causal': 'سببية: {text}',
  'suggestions.feature.opinion': 'علامة رأي (تخفض الدرجة): {text}',
  'suggestions.feature.question': 'سؤال (يخفض الدرجة): {text}',
} satisfies Translation<typeof english>;
