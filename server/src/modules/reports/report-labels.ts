import type { ReportLanguage } from '@sanad/shared/schemas/organisation';
import type { ClaimStatus } from '@sanad/shared/schemas/workflow';
import type { Stance } from '@sanad/shared/schemas/source';
import type { Role } from '@sanad/shared/permissions';

/** The words a report is written with, in the organisation's report language. */
export interface ReportLabels {
  dir: 'ltr' | 'rtl';
  /** Between the fields of one line (title, publisher, date): «، » in Arabic. */
  separator: string;
  /** A list of names, as the language writes one («أ وب وج»; "A, B and C"). */
  list: (items: string[]) => string;
  factCheck: string;
  draft: string;
  published: string;
  generated: string;
  revision: string;
  publication: (number: number, date: string) => string;
  firstPublished: string;
  author: string;
  outlet: string;
  date: string;
  address: string;
  summary: string;
  claimsChecked: (count: number) => string;
  verdict: string;
  claimsColumn: string;
  claim: (index: number) => string;
  context: string;
  claimant: string;
  notRated: string;
  rationale: string;
  /** "Confidence: high" and the like, for a verdict whose rater stated it. */
  confidence: (level: 'high' | 'medium' | 'low') => string;
  /** When the verdict is to be checked again (the day as YYYY-MM-DD). */
  recheck: (day: string) => string;
  /** Snopes' "Outdated": the day an editor marked the verdict so, and why. */
  outdated: (day: string, note: string) => string;
  /** "Kind: Statistic" and the like. */
  kind: (kind: 'factual' | 'statistic' | 'quote' | 'prediction' | 'opinion') => string;
  /** Independent supporting and contradicting sources (one origin counted once). */
  independent: (supports: number, contradicts: number) => string;
  /** How many people rated a claim and, with two, whether they agreed and how an editor settled a disagreement (issue #16). */
  raters: (methodology: { raters: number; agreed: boolean | null; resolution: 'first' | 'second' | 'other' | null }) => string;
  /** A claim that waits for its second, independent rating. */
  awaitingSecondRating: string;
  /** In a draft, in place of a verdict hidden from its reader until both independent ratings are in (ADR 034). */
  ratingHidden: string;
  /** An opinion's "Rests on" heading (ADR 033). */
  restsOn: string;
  /** The flag of an opinion resting on a false or misleading factual claim. */
  restsOnFalse: string;
  sources: (stance: Stance, count: number) => string;
  reviewedBy: string;
  approvedBy: string;
  on: string;
  publishedOn: string;
  /** Before the date of a source's snapshot: "snapshot of 2026-03-14". */
  snapshotOf: string;
  correctedOn: string;
  corrections: string;
  noCorrections: string;
  correctionLine: (quote: string, before: string, after: string) => string;
  withdrawn: string;
  pending: string;
  methodology: string;
  /** The PDF's note that its exact text is attached (ADR 024). */
  attachedText: string;
  methodologyText: (claims: number, sources: number, publishers: number) => string;
  reviewers: string;
  approvers: string;
  nobody: string;
  rating: string;
  value: string;
  definition: string;
  scaleIntro: string;
  status: Record<ClaimStatus, string>;
  role: Record<Role, string>;
  unrated: string;
}

const EN: ReportLabels = {
  dir: 'ltr',
  separator: ', ',
  list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
  factCheck: 'Fact-check report',
  draft: 'DRAFT',
  published: 'Published',
  generated: 'generated',
  revision: 'revision',
  publication: (number, date) => `Publication ${number} · ${date}`,
  firstPublished: 'first published',
  author: 'Author',
  outlet: 'Outlet',
  date: 'Date',
  address: 'Address',
  summary: 'Summary',
  claimsChecked: (count) => (count === 1 ? '1 claim checked.' : `${count} claims checked.`),
  verdict: 'Verdict',
  claimsColumn: 'Claims',
  claim: (index) => `Claim ${index}`,
  context: 'Context',
  claimant: 'Claimant',
  notRated: 'Not rated yet',
  rationale: 'Rationale',
  confidence: (level) => `Confidence: ${{ high: 'high', medium: 'medium', low: 'low' }[level]}`,
  recheck: (day) => `To be checked again on ${day}`,
  outdated: (day, note) => `Outdated since ${day}: ${note}`,
  independent: (supports, contradicts) => `Independent sources: ${supports} supporting, ${contradicts} contradicting`,
  raters: ({ raters, agreed, resolution }) => {
    if (raters < 2) return raters === 1 ? 'Rated by 1 person' : 'Not rated yet';
    if (agreed !== false) return 'Rated independently by 2 people: they agreed';
    const settled = { first: 'an editor kept the first rating', second: 'an editor took the second rating', other: 'an editor set another rating' };
    return `Rated independently by 2 people: they disagreed; ${resolution ? settled[resolution] : 'an editor is to settle it'}`;
  },
  awaitingSecondRating: 'Awaiting a second, independent rating',
  ratingHidden: 'Hidden until both independent ratings are in',
  restsOn: 'Rests on',
  restsOnFalse: 'Rests on a false or misleading factual claim',
  kind: (kind) => `Kind: ${{ factual: 'factual assertion', statistic: 'statistic', quote: 'quote', prediction: 'prediction', opinion: 'opinion' }[kind]}`,
  sources: (stance, count) => `${{ supports: 'Supporting', contradicts: 'Contradicting', context: 'Context' }[stance]} sources (${count})`,
  reviewedBy: 'Reviewed by',
  approvedBy: 'approved by',
  on: 'on',
  publishedOn: 'published',
  snapshotOf: 'snapshot of',
  correctedOn: 'corrected',
  corrections: 'Corrections',
  noCorrections: 'No corrections.',
  correctionLine: (quote, before, after) => `“${quote}”: ${before} → ${after}.`,
  withdrawn: 'withdrawn for review',
  pending: 'pending: not yet published',
  methodology: 'Methodology',
  attachedText: 'The exact text of this report, Arabic diacritics included, is attached to this PDF as report.md (open your viewer’s attachments).',
  methodologyText: (claims, sources, publishers) =>
    `${claims} ${claims === 1 ? 'claim was' : 'claims were'} checked against ${sources} ${sources === 1 ? 'source' : 'sources'} from ${publishers} independent ${publishers === 1 ? 'publisher' : 'publishers'}.`,
  reviewers: 'Reviewed by',
  approvers: 'approved by',
  nobody: 'nobody yet',
  rating: 'Rating',
  value: 'Value',
  definition: 'Definition',
  scaleIntro: 'Each claim was rated on this scale:',
  status: { draft: 'Draft', submitted: 'Awaiting approval', approved: 'Approved', changes_requested: 'Changes requested' },
  role: { reviewer: 'reviewer', editor: 'editor', admin: 'admin' },
  unrated: 'Unrated',
};

const AR: ReportLabels = {
  dir: 'rtl',
  separator: '، ',
  list: (items) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items),
  factCheck: 'تقرير تدقيق المعلومات',
  draft: 'مسودة',
  published: 'منشور',
  generated: 'أُعدّ في',
  revision: 'النسخة',
  publication: (number, date) => `النشر رقم ${number} · ${date}`,
  firstPublished: 'نُشر أول مرة في',
  author: 'الكاتب',
  outlet: 'الوسيلة',
  date: 'التاريخ',
  address: 'الرابط',
  summary: 'الملخص',
  claimsChecked: (count) => `عدد الادعاءات المدققة: ${count}.`,
  verdict: 'الحكم',
  claimsColumn: 'الادعاءات',
  claim: (index) => `الادعاء ${index}`,
  context: 'السياق',
  claimant: 'صاحب الادعاء',
  notRated: 'لم يُقيَّم بعد',
  rationale: 'التعليل',
  confidence: (level) => `درجة الثقة: ${{ high: 'عالية', medium: 'متوسطة', low: 'منخفضة' }[level]}`,
  recheck: (day) => `يُعاد التحقق منه في ${day}`,
  outdated: (day, note) => `حكم متجاوَز منذ ${day}: ${note}`,
  independent: (supports, contradicts) => `المصادر المستقلة: ${supports} داعمة، ${contradicts} مناقضة`,
  raters: ({ raters, agreed, resolution }) => {
    if (raters < 2) return raters === 1 ? 'قيّمه شخص واحد' : 'لم يُقيَّم بعد';
    if (agreed !== false) return 'قيّمه شخصان كلٌّ على حدة: اتفقا';
    const settled = { first: 'فأبقى محرِّر التقييم الأول', second: 'فاعتمد محرِّر التقييم الثاني', other: 'فوضع محرِّر تقييمًا آخر' };
    return `قيّمه شخصان كلٌّ على حدة: اختلفا، ${resolution ? settled[resolution] : 'وينتظر الخلاف قرار محرِّر'}`;
  },
  awaitingSecondRating: 'بانتظار تقييم ثانٍ مستقل',
  ratingHidden: 'محجوب حتى يكتمل التقييمان المستقلان',
  restsOn: 'يستند إلى',
  restsOnFalse: 'يستند إلى ادعاء واقعي خاطئ أو مضلِّل',
  kind: (kind) => `النوع: ${{ factual: 'ادعاء واقعي', statistic: 'إحصاء', quote: 'قول منسوب', prediction: 'توقع', opinion: 'رأي' }[kind]}`,
  sources: (stance, count) => `${{ supports: 'مصادر داعمة', contradicts: 'مصادر مناقضة', context: 'مصادر سياق' }[stance]} (${count})`,
  reviewedBy: 'راجعه',
  approvedBy: 'واعتمده',
  on: 'في',
  publishedOn: 'نُشر في',
  snapshotOf: 'لقطة بتاريخ',
  correctedOn: 'صُحّح في',
  corrections: 'التصحيحات',
  noCorrections: 'لا توجد تصحيحات.',
  correctionLine: (quote, before, after) => `«${quote}»: ${before} ← ${after}.`,
  withdrawn: 'سُحب للمراجعة',
  pending: 'قيد الانتظار: لم يُنشر بعد',
  methodology: 'المنهجية',
  attachedText: 'النصّ الدقيق لهذا التقرير، بحركاته، مرفق بملف PDF هذا باسم report.md (افتح المرفقات في عارض الملفات).',
  methodologyText: (claims, sources, publishers) =>
    `دُقِّق في ${arabicCount(claims, CLAIM_FORMS)} استنادًا إلى ${arabicCount(sources, SOURCE_FORMS)} من ${arabicCount(publishers, PUBLISHER_FORMS)}.`,
  reviewers: 'راجعه',
  approvers: 'واعتمده',
  nobody: 'لا أحد بعد',
  rating: 'التقييم',
  value: 'القيمة',
  definition: 'التعريف',
  scaleIntro: 'قُيِّم كل ادعاء وفق هذا المقياس:',
  status: { draft: 'مسودة', submitted: 'بانتظار الاعتماد', approved: 'معتمد', changes_requested: 'أُعيد للتعديل' },
  role: { reviewer: 'مراجِع', editor: 'محرِّر', admin: 'مدير' },
  unrated: 'غير مُقيَّم',
};

/** The six Arabic plural forms of a counted noun; `#` stands for the number. */
type ArabicForms = Record<Intl.LDMLPluralRule, string>;

const CLAIM_FORMS: ArabicForms = { zero: '# ادعاء', one: 'ادعاء واحد', two: 'ادعاءين', few: '# ادعاءات', many: '# ادعاءً', other: '# ادعاء' };
const SOURCE_FORMS: ArabicForms = { zero: '# مصدر', one: 'مصدر واحد', two: 'مصدرين', few: '# مصادر', many: '# مصدرًا', other: '# مصدر' };
const PUBLISHER_FORMS: ArabicForms = { zero: '# جهة نشر', one: 'جهة نشر واحدة', two: 'جهتي نشر', few: '# جهات نشر', many: '# جهة نشر', other: '# جهة نشر' };
const arabicPlurals = new Intl.PluralRules('ar');

/** A count with its noun in the Arabic form the number takes ("ادعاءان" is never "2 ادعاء"). */
export function arabicCount(count: number, forms: ArabicForms): string {
  return forms[arabicPlurals.select(count)].replace('#', String(count));
}

/** The labels of a report language. */
export function reportLabels(language: ReportLanguage): ReportLabels {
  return language === 'ar' ? AR : EN;
}

/**
 * A claim's methodology as one line (issue #16): how many people rated it and,
 * with two, whether they agreed and how an editor settled it; the confidence;
 * the independent-source count; the re-check day. Null when there is nothing
 * to say (an unrated claim without sources, or a report published before).
 */
export function methodologyLine(
  claim: {
    verdict: { confidence: 'high' | 'medium' | 'low' | null; recheckOn: string | null; outdated?: { note: string; at: string } | null } | null;
    independentSources: { supports: number; contradicts: number } | null;
    methodology: { raters: number; agreed: boolean | null; resolution: 'first' | 'second' | 'other' | null; awaitingSecondRating: boolean } | null;
  },
  L: ReportLabels,
): string | null {
  const notes: string[] = [];
  const outdated = claim.verdict?.outdated;
  if (outdated) notes.push(L.outdated(outdated.at.slice(0, 10), outdated.note));
  const m = claim.methodology;
  if (m && m.raters > 0) notes.push(L.raters(m));
  if (m?.awaitingSecondRating) notes.push(L.awaitingSecondRating);
  if (claim.verdict?.confidence) notes.push(L.confidence(claim.verdict.confidence));
  const independent = claim.independentSources;
  // A rated claim states its count even when it is none; an unrated one only once it has some.
  if (independent && (claim.verdict || independent.supports + independent.contradicts > 0)) notes.push(L.independent(independent.supports, independent.contradicts));
  if (claim.verdict?.recheckOn) notes.push(L.recheck(claim.verdict.recheckOn));
  return notes.length > 0 ? notes.join(' · ') : null;
}
