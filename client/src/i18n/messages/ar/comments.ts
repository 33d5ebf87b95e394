import type { comments as english } from '../en/comments.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: comments (terms from ../glossary.md). */
export const comments = {
  'comments.loading': 'جارٍ تحميل النقاش…',
  'comments.empty': 'لا تعليقات بعد. اطرح سؤالًا أو اترك ملاحظة للفريق.',
  'comments.heading': 'النقاش',
  'comments.add': 'إضافة تعليق',
  'comments.posting': 'جارٍ النشر…',
  'comments.post': 'نشر التعليق',
  'comments.edited': 'معدَّل',
  'comments.resolved': 'محلول',
  'comments.reopenedToast': 'أُعيد فتح النقاش.',
  'comments.resolvedToast': 'أُغلق النقاش بوصفه محلولًا.',
  'comments.reopen': 'إعادة الفتح',
  'comments.resolve': 'وضع علامة «محلول»',
  'comments.saved': 'حُفظ التعليق.',
  'comments.conflictSubject': 'التعليق',
  'comments.comment': 'التعليق',
  'comments.changedMeanwhile': 'عُدِّل هذا التعليق للتو في مكان آخر. نصك غير المحفوظ باقٍ؛ وعند الحفظ ستظهر النسختان.',
  'comments.editLabel': 'تعديل تعليقك',
  'comments.discardTitle': 'تجاهل تعديلاتك؟',
  'comments.discardDescription': 'ستضيع التعديلات التي أجريتها على هذا التعليق، ويبقى التعليق المحفوظ كما هو.',
  'comments.discard': 'تجاهل التعديلات',
  'comments.hidden':
    '{count, plural, zero {لا تعليق محجوب} one {تعليق واحد محجوب} two {تعليقان محجوبان} few {# تعليقات محجوبة} many {# تعليقًا محجوبًا} other {# تعليق محجوب}} حتى يكتمل التقييمان: ما دام الادعاء يُقيَّم تقييمًا مستقلًا، لا يقرأ كل مقيّم إلا ملاحظاته وملاحظات المحررين.',
} satisfies Translation<typeof english>;
