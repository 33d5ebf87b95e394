import type { summary as english } from '../en/summary.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: summary (terms from ../glossary.md). */
export const summary = {
  'summary.kicker': 'معاينة تقرير التحقق',
  'summary.subtitle': '{count, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءان} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}} · المعتمد منها {approved}',
  'summary.subtitleNotFinal':
    '{count, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءان} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}} · المعتمد منها {approved} · لا يكتمل التقرير حتى تُعتمد كل الادعاءات',
  'summary.openArticle': 'افتح المقال',
  'summary.verdictsHeading': 'الأحكام',
  'summary.noClaimsMarked': 'لم يُعلَّم أي ادعاء في هذا المقال بعد.',
  'summary.claimsHeading': 'الادعاءات بترتيب القراءة',
  'summary.emptyTitle': 'لا ادعاءات بعد',
  'summary.emptyText': 'افتح المقال وحدّد مقطعًا لتعلّمه كادعاء؛ يظهر هنا مع حكمه ومصادره.',
  'summary.noRationale': 'لا تعليل بعد.',
  'summary.reviewer': 'المراجِع: <0>{name}</0>',
  'summary.noReviewer': 'لا مراجِع',
  'summary.notAttached': 'بلا موضع في النص',
  'summary.noSources': 'لا مصادر بعد',
  'summary.sourcesByStance': 'المصادر حسب موقفها',
  'summary.sourcesSupporting': 'يدعم: <0>{figure}</0>',
  'summary.sourcesContradicting': 'يناقض: <0>{figure}</0>',
  'summary.sourcesContext': 'سياق: <0>{figure}</0>',
} satisfies Translation<typeof english>;
