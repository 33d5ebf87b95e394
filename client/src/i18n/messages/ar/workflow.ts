import type { workflow as english } from '../en/workflow.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: workflow (terms from ../glossary.md). */
export const workflow = {
  // The claim's review section
  'workflow.sectionLabel': 'المراجعة',
  'workflow.status': 'الحالة: <0>{status}</0>',
  'workflow.assignedTo': ' · مُسنَد إلى <0>{name}</0>',
  'workflow.move.submit': 'إرسال للمراجعة',
  'workflow.move.resubmit': 'إعادة الإرسال للمراجعة',
  'workflow.move.approve': 'اعتمِد',
  'workflow.move.requestChanges': 'إعادة للتعديل',
  'workflow.move.withdraw': 'سحب إلى المسودة',
  'workflow.move.reopen': 'إعادة فتح',
  'workflow.done.submitted': 'أُرسل للمراجعة.',
  'workflow.done.approved': 'اعتُمد الادعاء.',
  'workflow.done.changesRequested': 'أُعيد للتعديل.',
  'workflow.done.withdrawn': 'سُحب الادعاء إلى المسودة.',
  'workflow.done.reopened': 'أُعيد فتح الادعاء.',
  'workflow.noteHeading': '{status, select, changes_requested {أُعيد للتعديل} draft {أُعيد فتحه} submitted {أُرسل للمراجعة} other {اعتُمد}}:',
  'workflow.noteHeadingBy':
    '{status, select, changes_requested {أعاده للتعديل <0>{name}</0>} draft {أعاد فتحه <0>{name}</0>} submitted {أرسله للمراجعة <0>{name}</0>} other {اعتمده <0>{name}</0>}}:',
  'workflow.approvedReadOnly': 'معتمد. الحكم والتعليل والمصادر للقراءة فقط {reopener, select, you {حتى تعيد فتحه.} other {حتى يعيد محرِّر فتحه.}}',
  'workflow.approvedReadOnlyBy':
    'اعتمده <0>{name}</0>. الحكم والتعليل والمصادر للقراءة فقط {reopener, select, you {حتى تعيد فتحه.} other {حتى يعيد محرِّر فتحه.}}',
  'workflow.publishedApproved': 'نُشر في {when}. إعادة فتحه تسجّل تصحيحًا يُدرج مع النشر التالي للتقرير.',
  'workflow.publishedReopened': 'نُشر في {when}. سُجّل تصحيح؛ يُنشر مع النشر التالي بعد اعتماد الادعاء من جديد.',
  'workflow.ownVerdictMust': 'أنت من أصدر هذا الحكم، لذا يجب أن يعتمده محرِّر آخر.',
  'workflow.rateFirst': 'قيّم الادعاء قبل إرساله للمراجعة.',
  'workflow.reasonRequired': 'اذكر سبب إعادة الفتح.',
  'workflow.noteRequired': 'اكتب ما يجب تعديله.',
  'workflow.correctionLabel': 'التصحيح: ما الخطأ ولماذا (يُنشر مع التقرير)',
  'workflow.reasonLabel': 'سبب إعادة الفتح',
  'workflow.noteLabel': 'ما الذي يجب تعديله',
  'workflow.sendBack': 'أعِده للتعديل',
  // The queues
  'workflow.recheckHeading': 'مستحقة لإعادة التحقق',
  'workflow.recheckText': 'أحكام حلّ موعد إعادة التحقق منها: راجِع الادعاء من جديد، ثم حدّث الحكم وموعده.',
  'workflow.recheckDueSince': 'مستحقة منذ <0>{date}</0>',
  'workflow.recheckPublished': 'منشور',
  'workflow.itemMeta': '<0>{title}</0> · حُدِّث <1>{when}</1>',
  'workflow.mineEmptyTitle': 'لا شيء مُسنَد إليك',
  'workflow.mineEmptyText': 'حين يُسنِد إليك محرِّر مقالًا أو ادعاءً، يظهر هنا حتى يُعتمد.',
  'workflow.mineLabel': 'قائمة عملي',
  'workflow.approvalEmptyTitle': 'لا شيء بانتظار الاعتماد',
  'workflow.approvalEmptyText': 'تظهر الادعاءات هنا حين يرسلها مراجِع للمراجعة.',
  'workflow.verdictSetBy': '{rating} · أصدره <0>{name}</0>',
  'workflow.ownVerdict': 'أنت من أصدر هذا الحكم؛ يعتمده محرِّر آخر.',
  'workflow.approveQuote': 'اعتمِد<0> «{quote}»</0>',
  'workflow.requestChangesQuote': 'أعِد للتعديل<0> «{quote}»</0>',
} satisfies Translation<typeof english>;
