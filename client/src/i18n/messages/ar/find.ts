import type { find as english } from '../en/find.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: find (terms from ../glossary.md). */
export const find = {
  'find.open': 'بحث في المقال',
  'find.noMatches': 'لا نتائج',
  'find.position': '{current} من {count}',
  'find.previous': 'النتيجة السابقة',
  'find.next': 'النتيجة التالية',
  'find.close': 'إغلاق البحث',
} satisfies Translation<typeof english>;
