import type { snapshots as english } from '../en/snapshots.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: snapshots (terms from ../glossary.md). */
export const snapshots = {
  'snapshots.pending': 'جارٍ حفظ لقطة من الصفحة…',
  'snapshots.open': 'لقطة بتاريخ {date}',
  'snapshots.openLabel': 'افتح لقطة {title} المأخوذة في {date}',
  'snapshots.changed': 'تغيّرت الصفحة منذ اللقطة السابقة.',
  'snapshots.unchanged': 'لم تتغيّر منذ اللقطة السابقة.',
  'snapshots.gone': 'لم تعد الصفحة موجودة (HTTP {status}) في {date}.',
  'snapshots.failed': 'لا لقطة: {reason}',
  'snapshots.refetch': 'اجلب مجددًا',
  'snapshots.refetchLabel': 'اجلب صفحة {title} مجددًا',
  'snapshots.dialogTitle': 'لقطة بتاريخ {date}',
  'snapshots.fetchedFrom': 'جُلبت من {url}',
  'snapshots.noText': 'لم يُعثر على نص في الصفحة.',
  'snapshots.suggested': 'تقول الصفحة: {details}',
  'snapshots.useSuggestion': 'استخدم تفاصيل الصفحة',
  'snapshots.suggestionUsed': 'أُخذت تفاصيل المصدر من الصفحة.',
  'snapshots.close': 'إغلاق',
  'snapshots.storage.heading': 'لقطات صفحات المصادر',
  'snapshots.storage.used': 'المستخدَم {used} ميغابايت من {budget} ميغابايت، {count, plural, zero {لا لقطات} one {لقطة واحدة} two {لقطتان} few {# لقطات} many {# لقطة} other {# لقطة}}',
  'snapshots.storage.help': 'حين تُستنفد المساحة المخصّصة (SNAPSHOT_BUDGET_MB) تُرفض اللقطات الجديدة. يُحذف المصدر الذي لم يعد أي ادعاء يستشهد به مع لقطاته.',
} satisfies Translation<typeof english>;
