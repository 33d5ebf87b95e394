import type { publications as english } from '../en/publications.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: publications (terms from ../glossary.md). */
export const publications = {
  'publications.heading': 'النشر',
  'publications.stateNumber': 'منشور · النشرة {number}',
  'publications.notPublished': 'غير منشور',
  'publications.lastPublished':
    'آخر نشر {when}{by, select, someone {، نشره <0>{name}</0>} other {}}، مع {claims, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءين} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}}{again, select, yes {؛ أول نشر {first}} other {}}. الادعاءات المنشورة مقفلة: تغيير أيّ منها يتطلّب إعادة فتحه، وتُسجَّل إعادة الفتح تصحيحًا.',
  'publications.firstExplained': 'النشر يُصدر الادعاءات المعتمدة بوصفها تقرير التحقق، ويسجّل وقته ويقفل تلك الادعاءات. تبقى المسودة متاحة لفريق التحرير.',
  'publications.pendingClaims':
    '{claims, plural, zero {لا ادعاءات معتمدة حديثًا لم تُنشر بعد.} one {ادعاء معتمد حديثًا لم يُنشر بعد.} two {ادعاءان معتمدان حديثًا لم يُنشرا بعد.} few {# ادعاءات معتمدة حديثًا لم تُنشر بعد.} many {# ادعاءً معتمدًا حديثًا لم تُنشر بعد.} other {# ادعاء معتمد حديثًا لم تُنشر بعد.}}',
  'publications.pendingCorrections':
    '{corrections, plural, zero {لا تصحيحات لم تُنشر بعد.} one {تصحيح واحد لم يُنشر بعد.} two {تصحيحان لم يُنشرا بعد.} few {# تصحيحات لم تُنشر بعد.} many {# تصحيحًا لم تُنشر بعد.} other {# تصحيح لم تُنشر بعد.}}',
  'publications.pendingBoth':
    'لم يُنشر بعد: {claims, plural, zero {لا ادعاءات معتمدة حديثًا} one {ادعاء معتمد حديثًا} two {ادعاءان معتمدان حديثًا} few {# ادعاءات معتمدة حديثًا} many {# ادعاءً معتمدًا حديثًا} other {# ادعاء معتمد حديثًا}} و{corrections, plural, zero {لا تصحيحات} one {تصحيح واحد} two {تصحيحان} few {# تصحيحات} many {# تصحيحًا} other {# تصحيح}}.',
  'publications.carriesClaims':
    '{claims, plural, zero {لا ادعاءات معتمدة حديثًا} one {ادعاءً معتمدًا حديثًا} two {ادعاءين معتمدين حديثًا} few {# ادعاءات معتمدة حديثًا} many {# ادعاءً معتمدًا حديثًا} other {# ادعاء معتمد حديثًا}}',
  'publications.carriesCorrections': '{corrections, plural, zero {لا تصحيحات} one {تصحيحًا واحدًا} two {تصحيحين} few {# تصحيحات} many {# تصحيحًا} other {# تصحيح}}',
  'publications.carriesBoth':
    '{claims, plural, zero {لا ادعاءات معتمدة حديثًا} one {ادعاءً معتمدًا حديثًا} two {ادعاءين معتمدين حديثًا} few {# ادعاءات معتمدة حديثًا} many {# ادعاءً معتمدًا حديثًا} other {# ادعاء معتمد حديثًا}} و{corrections, plural, zero {لا تصحيحات} one {تصحيحًا واحدًا} two {تصحيحين} few {# تصحيحات} many {# تصحيحًا} other {# تصحيح}}',
  'publications.publishUpdate': 'انشر التحديث',
  'publications.publishClaims':
    '{count, plural, =0 {انشر} zero {انشر} one {انشر الادعاء المعتمد} two {انشر الادعاءين المعتمدين} few {انشر # ادعاءات معتمدة} many {انشر # ادعاءً معتمدًا} other {انشر # ادعاء معتمد}}',
  'publications.confirmUpdateTitle': 'نشر تحديث؟',
  'publications.confirmFirstTitle': 'نشر هذا التحقق؟',
  'publications.confirmUpdate': 'ستحمل النشرة {number} {carries}. يرى قرّاء التقرير المنشور التصحيحات بتاريخ اليوم.',
  'publications.confirmFirst':
    '{count, plural, zero {لا ادعاءات معتمدة تُنشر} one {يُنشر الادعاء المعتمد} two {يُنشر الادعاءان المعتمدان} few {تُنشر الادعاءات المعتمدة الـ#} many {تُنشر الادعاءات المعتمدة الـ#} other {تُنشر الادعاءات المعتمدة الـ#}} بوصفها التقرير المنشور. وتُقفل من الآن: أي تغيير لاحق يتطلّب أن يعيد محرِّر فتح الادعاء، ويُدرج تصحيحًا.',
  'publications.publish': 'انشر',
  'publications.publishedToast': 'صدرت النشرة {number}.',
  'publications.approveFirst': 'اعتمِد ادعاءً واحدًا على الأقل لتنشر.',
  'publications.nothingNew': 'لا جديد للنشر.',
  'publications.corrections': 'التصحيحات',
  'publications.correctionPublished': 'نُشر {when}',
  'publications.correctionPending': 'معلَّق: يُنشر مع النشرة التالية',
  'publications.changedTo': 'تغيّر إلى',
  'publications.withdrawnForReview': 'سُحب للمراجعة',
  'publications.underReview': 'قيد المراجعة',
  'publications.reopened': 'أُعيد فتحه {when}',
  'publications.reopenedBy': 'أعاد فتحه <0>{name}</0> {when}',
  'publications.history': 'سجلّ النشر ({count})',
  'publications.column.number': 'النشرة',
  'publications.column.published': 'تاريخ النشر',
  'publications.column.by': 'الناشر',
  'publications.column.claims': 'الادعاءات',
  'publications.column.corrections': 'التصحيحات',
  'publications.download': 'تنزيل',
  'publications.downloadDraft': 'تنزيل مسودة التقرير',
  'publications.downloadPublished': 'تنزيل التقرير المنشور',
  'publications.draft': 'مسودة',
  'publications.published': 'منشور',
  'publications.claimReviewProblems': 'لا يمكن تصدير ClaimReview بعد:',
  'publications.w3cLabel': 'تعليقات W3C التوضيحية',
  'publications.format.pdf': 'تقرير قابل للطباعة مُنشأ من HTML',
  'publications.format.html': 'صفحة ويب واحدة مكتفية بذاتها',
  'publications.format.md': 'نص للمحرِّرين وأنظمة إدارة المحتوى',
  'publications.format.csv': 'صف لكل ادعاء، لجداول البيانات',
  'publications.format.json': 'البيانات كاملة، بمخطط ذي إصدار',
  'publications.format.claimreview': 'ClaimReview من schema.org بصيغة JSON-LD لمحركات البحث',
  'publications.format.w3c': 'مجموعة تعليقات W3C Web Annotation ‏(JSON-LD)',
} satisfies Translation<typeof english>;
