import type { InterfaceLanguage } from '@sanad/shared/interface-language';
import type { Role } from '@sanad/shared/permissions';

/**
 * The words of the article page's chrome that the first screen writes (ADR 037), in each interface language: a copy of
 * the client's messages of the same ids (client/src/i18n/messages/<language>/, named beside each field), because the
 * first screen must lay out exactly as the app's header and toolbar will: a word of another length there could wrap a
 * row and move the text when the app takes over. The browser test `first-screen.spec.ts` measures that the text does
 * not move, in both languages; it fails when these and the client's messages part.
 */
export interface FirstScreenLabels {
  /** `shell.nav.dashboard`, `shell.nav.articles`, `shell.nav.queue`, `shell.nav.approvals`, `shell.nav.methodology`, `shell.nav.admin` */
  nav: { dashboard: string; articles: string; queue: string; approvals: string; methodology: string; admin: string };
  /** `search.placeholder` */
  searchPlaceholder: string;
  /** `common.search` */
  search: string;
  /** `common.role.*` */
  roles: Record<Role, string>;
  /** `common.language.*` of the other interface language, which the header's switch offers */
  otherLanguage: string;
  /** `shell.account` */
  account: string;
  /** `shell.logOut` */
  logOut: string;
  /** `workspace.allArticles` */
  allArticles: string;
  /** `workspace.meta` with `loading: yes`: the language's name, the direction, and that the claims are on their way. */
  meta: (languageName: string, direction: 'ltr' | 'rtl') => string;
  /** `workspace.showHighlights` */
  showHighlights: string;
  /** `suggestions.toggle` */
  suggestions: string;
  /** `find.open` */
  find: string;
  /** `workspace.history` */
  history: string;
  /** `workspace.editText` */
  editText: string;
  /** `workspace.details` */
  details: string;
  /** `workspace.reportPreview` */
  reportPreview: string;
  /** `users.assigned` */
  assigned: string;
  /** `users.nobody` */
  nobody: string;
  /** `users.assign` */
  assign: string;
  /** `doubleRating.articleLabel` */
  doubleRatingLabel: string;
  /** `doubleRating.articleOn` */
  doubleRatingOn: string;
  /**
   * `workspace.keyboardHelp`, split at its six keys: text, key, text, key, …, text (`<0>…</0>` to `<5>…</5>` of the
   * message are the keys).
   */
  keyboardHelp: readonly string[];
}

export const FIRST_SCREEN_LABELS: Record<InterfaceLanguage, FirstScreenLabels> = {
  en: {
    nav: { dashboard: 'Dashboard', articles: 'Articles', queue: 'My queue', approvals: 'Awaiting approval', methodology: 'Methodology', admin: 'Admin' },
    searchPlaceholder: 'Search articles, claims, sources',
    search: 'Search',
    roles: { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' },
    otherLanguage: 'العربية',
    account: 'Account',
    logOut: 'Log out',
    allArticles: '← All articles',
    meta: (language, direction) => `${language} · ${direction === 'rtl' ? 'right to left' : 'left to right'} · loading claims`,
    showHighlights: 'Show highlights',
    suggestions: 'Suggestions',
    find: 'Find in article',
    history: 'History',
    editText: 'Edit text',
    details: 'Details',
    reportPreview: 'Report preview',
    assigned: 'Assigned:',
    nobody: 'nobody',
    assign: 'Assign',
    doubleRatingLabel: 'Two independent ratings for every claim',
    doubleRatingOn: 'Claims of this article need two independent ratings.',
    keyboardHelp: [
      'Select text, then press ',
      'M',
      ' or “Mark as claim”. ',
      'J',
      '/',
      'K',
      ' next / previous claim, ',
      'Enter',
      ' open, ',
      'Esc',
      ' back to the list. Shift + arrow keys select text. ',
      '/',
      ' finds in the article.',
    ],
  },
  ar: {
    nav: { dashboard: 'لوحة المتابعة', articles: 'المقالات', queue: 'قائمة عملي', approvals: 'بانتظار الاعتماد', methodology: 'المنهجية', admin: 'الإدارة' },
    searchPlaceholder: 'ابحث في المقالات والادعاءات والمصادر',
    search: 'بحث',
    roles: { reviewer: 'مراجِع', editor: 'محرِّر', admin: 'مدير' },
    otherLanguage: 'English',
    account: 'الحساب',
    logOut: 'تسجيل الخروج',
    allArticles: '→ كل المقالات',
    meta: (language, direction) => `${language} · ${direction === 'rtl' ? 'من اليمين إلى اليسار' : 'من اليسار إلى اليمين'} · جارٍ تحميل الادعاءات`,
    showHighlights: 'إظهار التظليل',
    suggestions: 'الاقتراحات',
    find: 'بحث في المقال',
    history: 'النسخ',
    editText: 'تعديل النص',
    details: 'التفاصيل',
    reportPreview: 'معاينة التقرير',
    assigned: 'مُسند إلى:',
    nobody: 'لا أحد',
    assign: 'إسناد',
    doubleRatingLabel: 'تقييمان مستقلان لكل ادعاء',
    doubleRatingOn: 'تحتاج ادعاءات هذه المقالة إلى تقييمين مستقلين.',
    keyboardHelp: [
      'حدِّد نصًّا، ثم اضغط ',
      'M (ة)',
      ' أو «تعليم كادعاء». ',
      'J (ت)',
      '/',
      'K (ن)',
      ' الادعاء التالي / السابق، ',
      'Enter',
      ' فتح، ',
      'Esc',
      ' العودة إلى القائمة. ‏Shift مع الأسهم يحدِّد النص. ',
      '/',
      ' للبحث في المقال.',
    ],
  },
};
