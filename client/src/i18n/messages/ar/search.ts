import type { search as english } from '../en/search.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: search (terms from ../glossary.md). */
export const search = {
  'search.boxLabel': 'البحث في المقالات والادعاءات والمصادر',
  'search.placeholder': 'ابحث في المقالات والادعاءات والمصادر',
  'search.cannotRun': 'لا يمكن إجراء هذا البحث.',
  'search.searching': 'جارٍ البحث…',
  'search.failed': 'فشل البحث. {message}',
  'search.noMatches': 'لا نتائج لـ«<0>{query}</0>»',
  'search.noMatchesHelp': 'يتجاهل البحث الحركات والتطويل وأشكال الألف والياء وأشكال الأرقام وحالة الأحرف اللاتينية. جرّب كلمات أقل أو أقصر.',
  'search.total': '{count, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجةً} other {# نتيجة}} لـ«<0>{query}</0>»',
  'search.group.articles': 'المقالات',
  'search.group.claims': 'الادعاءات',
  'search.group.sources': 'المصادر',
  'search.groupEmpty.articles': 'لا مقالات مطابقة.',
  'search.groupEmpty.claims': 'لا ادعاءات مطابقة.',
  'search.groupEmpty.sources': 'لا مصادر مطابقة.',
  'search.field.title': 'العنوان',
  'search.field.text': 'نص المقال',
  'search.field.quote': 'الادعاء',
  'search.field.rationale': 'تعليل الحكم',
  'search.field.source_title': 'عنوان المصدر',
  'search.field.publisher': 'الناشر',
  'search.field.excerpt': 'مقتطف من المصدر',
} satisfies Translation<typeof english>;
