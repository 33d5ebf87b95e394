import type { history as english } from '../en/history.ts';
import type { Translation } from '../translation.ts';

/**
 * Arabic messages: history (terms from ../glossary.md). The actor's gender is
 * not known, so verbs take the masculine form, as Arabic interfaces usually do.
 */
export const history = {
  // The list
  'history.heading': 'السجلّ',
  'history.loading': 'جارٍ تحميل السجلّ…',
  'history.empty': 'لم يُسجَّل شيء بعد.',
  'history.showDetails': 'عرض التفاصيل',
  'history.fieldColumn': 'الحقل',
  'history.beforeColumn': 'قبل',
  'history.afterColumn': 'بعد',
  'history.none': '(لا شيء)',
  // Words inside sentences
  'history.theSystemStart': 'النظام',
  'history.theSystem': 'النظام',
  'history.nobody': 'لا أحد',
  'history.anotherUser': 'مستخدم آخر',
  'history.aSource': 'مصدر',
  'history.unrated': 'غير مُقيَّم',
  'history.unknown': 'غير معروفة',
  'history.yes': 'نعم',
  'history.no': 'لا',
  'history.sourceName': '{title} ({host})',
  'history.statusWord':
    '{status, select, draft {مسودة} submitted {بانتظار الاعتماد} approved {معتمد} changes_requested {أُعيد للتعديل} other {{status}}}',
  'history.anchorWord': '{status, select, anchored {مثبَّت} modified {معدَّل} normalised {موحَّد الكتابة} fuzzy {تطابق مقترح} orphaned {بلا موضع} other {{status}}}',
  'history.stanceWord': '{stance, select, supports {يدعم} contradicts {يناقض} context {سياق} other {غير معروف}}',
  // One sentence per kind of entry
  'history.claimCreated': '{actor} علّم الادعاء{hasQuote, select, yes { «{quote}»} other {}}',
  'history.claimChanged': '{actor} عدّل الادعاء',
  'history.changes': '{actor} {changes}',
  'history.claimDeleted': '{actor} حذف الادعاء',
  'history.anchorConfirmed': '{actor} {fuzzy, select, yes {قبِل التطابق المقترح} other {أكّد النص الجديد للادعاء}}{hasQuote, select, yes { «{quote}»} other {}}',
  'history.reanchored':
    'أُعيد التثبيت بعد النسخة {revision} (عدّل النصَّ {editor}): {status}{quoteChanged, select, yes {؛ تغيّر الاقتباس من «{from}» إلى «{to}»} other {}}',
  'history.transition': '{actor} نقل الادعاء من «{from}» إلى «{to}»{hasNote, select, yes {: «{note}»} other {}}',
  'history.verdictSet': '{actor} جعل الحكم «{rating}»{hasRationale, select, yes {: «{rationale}»} other {}}',
  'history.verdictChanged': '{actor} غيّر الحكم من «{from}» إلى «{rating}»{hasRationale, select, yes {: «{rationale}»} other {}}',
  'history.rationaleRewritten': '{actor} أعاد كتابة تعليل الحكم «{rating}»{hasRationale, select, yes {: «{rationale}»} other {}}',
  'history.confidenceChanged':
    '{actor} {confidence, select, high {جعل درجة الثقة بحكم «{rating}» عالية} medium {جعل درجة الثقة بحكم «{rating}» متوسطة} low {جعل درجة الثقة بحكم «{rating}» منخفضة} other {ترك درجة الثقة بحكم «{rating}» دون تحديد}}',
  'history.recheckChanged':
    '{actor} {hasDate, select, yes {حدّد {date} موعدًا لإعادة التحقق من حكم «{rating}»} other {ألغى موعد إعادة التحقق من حكم «{rating}»}}',
  'history.verdictUnchanged': '{actor} حفظ الحكم («{rating}») دون تغيير',
  'history.verdictRemoved': '{actor} أزال الحكم («{rating}»)',
  'history.sourceAttached':
    '{actor} أرفق {stance, select, supports {مصدرًا يدعم} contradicts {مصدرًا يناقض} context {مصدرًا للسياق} other {مصدرًا}}: {source}',
  'history.sourceRemoved': '{actor} أزال {known, select, yes {المصدر {source}} other {مصدرًا}}',
  'history.commented': '{actor} علّق{hasBody, select, yes {: «{body}»} other {}}',
  'history.commentEdited': '{actor} عدّل تعليقًا{hasBody, select, yes {: «{body}»} other {}}',
  'history.discussionResolved': '{actor} أغلق النقاش',
  'history.discussionReopened': '{actor} أعاد فتح النقاش',
  'history.restsOnAdded': '{actor} أشار إلى أن هذا الرأي يستند إلى {known, select, yes {الادعاء «{quote}»} other {ادعاء}}',
  'history.restsOnRemoved': '{actor} أشار إلى أن هذا الرأي لم يعد يستند إلى {known, select, yes {الادعاء «{quote}»} other {ادعاء}}',
  'history.otherAction': '{actor}: إجراء {action} ({entity})',
  // Clauses of a change (after the actor's name)
  'history.clause.quoteChanged': 'غيّر الاقتباس من «{from}» إلى «{to}»',
  'history.clause.quoteSet': 'جعل الاقتباس «{to}»',
  'history.clause.moved': 'نقل الادعاء إلى موضع آخر بالكلمات نفسها',
  'history.clause.claimantChanged': 'غيّر صاحب الادعاء من {from} إلى {to}',
  'history.clause.claimantSet': 'جعل صاحب الادعاء {to}',
  'history.clause.claimantRemoved': 'أزال صاحب الادعاء {from}',
  'history.clause.reassigned': 'نقل إسناد الادعاء من {from} إلى {to}',
  'history.clause.assigned': 'أسند الادعاء إلى {to}',
  'history.clause.unassigned': 'ألغى إسناد الادعاء إلى {from}',
  'history.clause.pointed': 'وجّه {from} إلى {to}',
  'history.clause.stanceChanged': 'غيّر موقف {source} من «{from}» إلى «{to}»',
  'history.clause.excerptChanged': 'غيّر مقتطف {source} إلى «{excerpt}»',
  'history.clause.excerptRemoved': 'أزال مقتطف {source}',
  'history.clause.sourceField': 'غيّر {field, select, title {عنوان} publisher {ناشر} other {رابط}} {source} إلى «{value}»',
  'history.clause.sourceEdited': '{known, select, yes {عدّل المصدر {source}} other {عدّل مصدرًا}}',
  // Fields in "Show details"
  'history.field.quote': 'الاقتباس',
  'history.field.claimant': 'صاحب الادعاء',
  'history.field.rating': 'التقييم',
  'history.field.rationale': 'التعليل',
  'history.field.status': 'الحالة',
  'history.field.note': 'الملاحظة',
  'history.field.assignee': 'مُسنَد إلى',
  'history.field.anchor': 'الموضع',
  'history.field.revision': 'النسخة',
  'history.field.title': 'العنوان',
  'history.field.publisher': 'الناشر',
  'history.field.url': 'الرابط',
  'history.field.published': 'تاريخ النشر',
  'history.field.source': 'المصدر',
  'history.field.stance': 'الموقف',
  'history.field.excerpt': 'المقتطف',
  'history.field.comment': 'التعليق',
  'history.field.resolved': 'مُغلق',
} satisfies Translation<typeof english>;
