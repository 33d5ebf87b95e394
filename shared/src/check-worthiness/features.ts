import { originalSpan, type SearchForm, toSearchForm } from '../text/search-form.ts';

/**
 * What a detector found. The first six make a sentence more check-worthy;
 * `opinion` and `question` make it less.
 */
export type FeatureKind =
  | 'number'
  | 'percentage'
  | 'date'
  | 'entity'
  | 'attribution'
  | 'comparison'
  | 'causal'
  | 'opinion'
  | 'question';

/** Every feature kind, in the order the interface lists them. */
export const FEATURE_KINDS: readonly FeatureKind[] = [
  'percentage',
  'number',
  'date',
  'entity',
  'attribution',
  'comparison',
  'causal',
  'opinion',
  'question',
];

/** One match of a detector, as a span of the text it was run on. */
export interface FeatureMatch {
  /** What was found. */
  kind: FeatureKind;
  /** Offset of the match (UTF-16 code units of the text given to the detector). */
  start: number;
  /** Offset just past the match. */
  end: number;
  /** The matched text, as written (harakat included). */
  text: string;
}

// Arabic patterns run on the search form (no harakat or tatweel, أ إ آ -> ا, ى -> ي, ة -> ه,
// Arabic-Indic digits -> ASCII, lower case), so they are written in that form.
/** Not preceded by a letter: the start of an Arabic or Latin word. */
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter: the end of a word. */
const E = '(?![\\p{L}\\p{M}\\p{N}])';
/** Arabic proclitics: و ف (and), ب ل ك (prepositions), ال (the) and their joins. */
const PRE = '(?:و|ف)?(?:ب|ل|ك)?(?:ال)?';
/** Arabic pronoun and plural endings a word may carry. */
const SUF = '(?:ه|ها|هم|هما|هن|ي|نا|كم|ت|تا|وا|ون|ين|ان|ات)?';

function arabicWords(words: readonly string[], { prefix = PRE, suffix = SUF } = {}): RegExp {
  return new RegExp(`${B}${prefix}(?:${words.join('|')})${suffix}${E}`, 'gu');
}

function englishWords(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'gu');
}

const PERCENT_AR = new RegExp(`\\d+(?:[.,٫]\\d+)?\\s*(?:%|٪|${B}(?:في|ب)\\s?(?:ال)?(?:مئه|مائه)${E})`, 'gu');
const PERCENT_EN = /\b\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|percent\b|percentage points?\b)|\d+(?:[.,]\d+)?%/gu;
const PERCENT_WORDS = new RegExp(
  `${B}(?:نسبه|نسبته|نسبتها)${E}|\\b(?:half|a third|two thirds|a quarter)\\s+of\\b|\\b(?:by|in) half\\b|\\b[a-z]+(?:-[a-z]+)?\\s+(?:per\\s?cent|percent)\\b`,
  'gu',
);

/** A year on its own (1900–2099) is a date, not a number. */
const YEAR = /(?<![\p{L}\d.,])(?:19|20)\d\d(?![\d%٪]|[.,]\d)/gu;
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,٫]\d+)*(?![\d%٪])/gu;
const NUMBER_WORDS_AR = arabicWords([
  'الف',
  'الاف',
  'مليون',
  'ملايين',
  'مليار',
  'مليارات',
  'بليون',
  'مئات',
  'عشرات',
  'الوف',
  'نصف',
  'ثلث',
  'ربع',
  'ضعف',
  'اضعاف',
  'ثلاث',
  'اربع',
  'خمس',
  'سبع',
  'تسع',
  'مرتين',
  'يومين',
  'شهرين',
  'عامين',
  'ثلاثه',
  'اربعه',
  'خمسه',
  'سته',
  'سبعه',
  'ثمانيه',
  'تسعه',
  'عشره',
  'عشرين',
  'ثلاثين',
  'اربعين',
  'خمسين',
  'مئه',
  'مائه',
]);
const NUMBER_WORDS_EN = englishWords([
  'thousands?',
  'millions?',
  'billions?',
  'trillions?',
  'hundreds',
  'dozens',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'twice',
  'tripled?',
  'doubled?',
]);

/** Month names that are not also everyday words. */
const MONTHS_AR = [
  'يناير',
  'فبراير',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون الثاني',
  'كانون الاول',
  'شباط',
  'اذار',
  'نيسان',
  'حزيران',
  'تموز',
  'ايلول',
  'تشرين الاول',
  'تشرين الثاني',
];
/** Month names that are also words (مارس "he practised", آب "father", أيار): only next to a number. */
const MONTHS_AR_AMBIGUOUS = ['مارس', 'اب', 'ايار'];
const DATE_AR = new RegExp(
  [
    `${B}(?:و|ف|ب|ل)?(?:${MONTHS_AR.join('|')})${E}`,
    `\\d{1,2}\\s*(?:${MONTHS_AR_AMBIGUOUS.join('|')})${E}`,
    `${B}(?:${MONTHS_AR_AMBIGUOUS.join('|')})\\s*(?:\\(|عام\\s*)?\\d{4}`,
    `${B}(?:و|ف)?(?:في|منذ|حتي|خلال|مطلع|اواخر|نهايه|بدايه)?\\s?(?:عام|سنه|العام|السنه)\\s*\\d{4}`,
    `${B}(?:يوم|ليله|صباح|مساء)\\s(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)${E}`,
    `${B}(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)\\s(?:الماضي|المقبل|القادم)${E}`,
    `${B}(?:و|ف)?(?:امس|اليوم الماضي|الاسبوع الماضي|الشهر الماضي|العام الماضي|السنه الماضيه|الاسبوع المقبل|الشهر المقبل|العام المقبل)${E}`,
  ].join('|'),
  'gu',
);
const DATE_EN = new RegExp(
  [
    '\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b',
    '\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.\\s?\\d',
    '\\b\\d{1,2}\\s+may\\b|\\bmay\\s+\\d{1,2}\\b|\\bmay\\s+(?:19|20)\\d\\d\\b',
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '\\b(?:yesterday|last (?:week|month|year)|next (?:week|month|year)|this (?:week|month|year))\\b',
    '\\b(?:19|20)\\d0s\\b',
  ].join('|'),
  'gu',
);

/** Titles, offices and institutions that name who is speaking or acting. */
const ENTITY_AR = arabicWords(
  [
    'رئيس',
    'رئيسه',
    'وزير',
    'وزيره',
    'وزاره',
    'حكومه',
    'برلمان',
    'مجلس',
    'امم المتحده',
    'امين العام',
    'منظمه',
    'هيئه',
    'مفوضيه',
    'بنك',
    'صندوق',
    'وكاله',
    'جيش',
    'شرطه',
    'محكمه',
    'نائب',
    'نواب',
    'سفير',
    'متحدث',
    'ناطق',
    'ملك',
    'امير',
    'جنرال',
    'لواء',
    'قوات',
    'فصائل',
    'عقيد',
    'حزب',
    'جامعه',
    'شركه',
    'مؤسسه',
    'معهد',
    'مركز',
    'اتحاد',
    'جهاز',
    'مكتب',
    'مديريه',
    'بلديه',
    'محافظ',
    'محافظه',
    'مستشفي',
    'دكتور',
    'الدكتور',
    'يونيسف',
    'يونسكو',
    'ناتو',
    'بنك الدولي',
    'مجلس الامن',
    'جامعه العربيه',
    'ائتلاف',
    'وفد',
  ],
  { prefix: '(?:و|ف)?(?:ب|ل)?(?:ال)?', suffix: '(?:ه|ها|هم|ات|ين|ون)?' },
);
const ENTITY_TITLES_EN = englishWords([
  'president',
  'prime minister',
  'minister',
  'ministry',
  'government',
  'parliament',
  'senator',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'general',
  'colonel',
  'commander',
  'forces',
  'troops',
  'spokesperson',
  'ambassador',
  'agency',
  'commission',
  'council',
  'court',
  'police',
  'army',
  'bank',
  'university',
  'institute',
  'company',
  'organisation',
  'organization',
  'department',
  'office',
]);
/** Two or more capitalised words, or one after the start of a sentence, or an acronym. */
const CAPITALISED_EN = /(?<=\S\s+)(?:[A-Z][\p{Ll}'’-]+|[A-Z]{2,})(?:\s+(?:of\s+|the\s+|al-)?(?:[A-Z][\p{Ll}'’-]+|[A-Z]{2,}))*/gu;
/** Capitalised words that are not names. */
const NOT_NAMES_EN = new Set(['I', 'The', 'A', 'An', 'It', 'He', 'She', 'We', 'They', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'OK']);

const ATTRIBUTION_AR = new RegExp(
  [
    arabicWords(
      [
        'قال',
        'يقول',
        'تقول',
        'اكد',
        'يؤكد',
        'تؤكد',
        'اعلن',
        'يعلن',
        'تعلن',
        'اشار',
        'يشير',
        'تشير',
        'اوضح',
        'يوضح',
        'توضح',
        'صرح',
        'ذكر',
        'افاد',
        'يفيد',
        'تفيد',
        'كشف',
        'يكشف',
        'تكشف',
        'اضاف',
        'نفي',
        'ينفي',
        'تنفي',
        'اظهر',
        'يظهر',
        'تظهر',
        'نقل',
        'نقلت',
        'اعترف',
        'زعم',
        'اتهم',
      ],
      { prefix: '(?:و|ف)?', suffix: '(?:ت|وا|ن|ه|ها|هم)?' },
    ).source,
    `${B}(?:وفقا|طبقا|استنادا|نقلا)\\s?(?:ل|الي|عن)`,
    `${B}(?:و|ف)?(?:بحسب|حسب|بحسبما|حسبما)${E}`,
    `${B}(?:و|ف)?(?:ب|ل)?(?:ال)?(?:بيان|تقرير|احصاءات|احصائيات|بيانات|دراسه|استطلاع)${SUF}${E}`,
  ].join('|'),
  'gu',
);
const ATTRIBUTION_EN = englishWords([
  'said',
  'says',
  'say',
  'told',
  'claims',
  'denies',
  'confirms',
  'announces',
  'reports',
  'warned',
  'insisted',
  'added',
  'stated',
  'announced',
  'according to',
  'reported',
  'confirmed',
  'claimed',
  'denied',
  'estimated',
  'showed',
  'shows',
  'found',
  'revealed',
  'admitted',
  'declared',
  'testified',
  'data from',
  'figures from',
  'a report by',
  'a study',
  'a survey',
]);

const COMPARISON_AR = new RegExp(
  [
    arabicWords(
      [
        'اكثر',
        'اقل',
        'اكبر',
        'اصغر',
        'اعلي',
        'ادني',
        'اسرع',
        'اطول',
        'اقصر',
        'افضل',
        'اسوا',
        'اغني',
        'افقر',
        'اعلي',
        'اكثريه',
        'اعظم',
        'اشد',
        'اخطر',
        'اكبرها',
        'ارتفع',
        'ارتفعت',
        'ارتفاع',
        'انخفض',
        'انخفضت',
        'انخفاض',
        'تراجع',
        'تراجعت',
        'ازداد',
        'ازدادت',
        'زياده',
        'تضاعف',
        'تضاعفت',
        'مقارنه',
        'مقابل',
        'قياسي',
        'قياسيه',
        'غير مسبوق',
        'غير مسبوقه',
      ],
      { prefix: '(?:و|ف)?(?:ب|ل)?(?:ال)?', suffix: '(?:ه|ها|هم|ت|وا)?' },
    ).source,
    `${B}(?:اول|ثاني|اخر)\\s(?:مره|دوله|بلد)${E}`,
  ].join('|'),
  'gu',
);
const COMPARISON_EN = new RegExp(
  [
    englishWords([
      'more than',
      'less than',
      'fewer than',
      'compared (?:with|to)',
      'than',
      'most',
      'least',
      'highest',
      'lowest',
      'largest',
      'biggest',
      'smallest',
      'fastest',
      'slowest',
      'worst',
      'best',
      'record',
      'rose',
      'risen',
      'fell',
      'fallen',
      'increased',
      'decreased',
      'dropped',
      'doubled',
      'tripled',
      'halved',
      'surged',
      'plunged',
      'first time',
      'unprecedented',
    ]).source,
    '\\b[a-z]{3,}iest\\b',
  ].join('|'),
  'gu',
);

const CAUSAL_AR = new RegExp(
  [
    arabicWords(['بسبب', 'سبب', 'جراء', 'اثر', 'بفضل', 'لان', 'لانه', 'لانها', 'نتيجه'], {
      prefix: '(?:و|ف)?(?:من|علي)?\\s?',
      suffix: '(?:ه|ها|هم)?',
    }).source,
    `${B}(?:و|ف|مما|ما)?\\s?(?:ادي|ادت|يؤدي|تؤدي|تسبب|تسببت|يتسبب|اسفر|اسفرت|ساهم|ساهمت|ناجم|ناجمه|ناتج|ناتجه)${E}`,
  ].join('|'),
  'gu',
);
const CAUSAL_EN = englishWords([
  'because',
  'caused',
  'causes',
  'causing',
  'led to',
  'leads to',
  'lead to',
  'due to',
  'as a result',
  'result of',
  'resulted in',
  'owing to',
  'thanks to',
  'blamed',
  'contributed to',
  'triggered',
]);

const OPINION_AR = new RegExp(
  [
    arabicWords(
      [
        'اعتقد',
        'نعتقد',
        'اظن',
        'نظن',
        'يبدو',
        'ربما',
        'لعل',
        'ينبغي',
        'يجب',
        'يتعين',
        'لا بد',
        'لابد',
        'اري',
        'نري',
        'اتمني',
        'نتمني',
        'نامل',
        'امل',
        'للاسف',
        'مع الاسف',
        'يا',
        'لا شك',
        'بلا شك',
        'ليت',
        'عسي',
        'من المفترض',
        'علينا',
        'اليس',
        'هل',
      ],
      { prefix: '(?:و|ف)?', suffix: '(?:ه|ها|هم|نا)?' },
    ).source,
    `${B}(?:في|ب)\\s?(?:رايي|راينا|نظري|تقديري)${E}`,
  ].join('|'),
  'gu',
);
const OPINION_EN = englishWords([
  'i think',
  'we think',
  'i believe',
  'we believe',
  'in my view',
  'in my opinion',
  'in our view',
  'seems?',
  'seemingly',
  'appears? to',
  'perhaps',
  'maybe',
  'might',
  'should',
  'must',
  'ought to',
  'i hope',
  'we hope',
  "let's",
  'let us',
  'shameful',
  'disgraceful',
  'sadly',
  'unfortunately',
  'surely',
  'no doubt',
  'arguably',
]);
const QUESTION = /[?؟]/gu;

interface Detector {
  kind: FeatureKind;
  /** Runs on the search form (Arabic, case-folded) or on the text as written. */
  on: 'form' | 'text';
  pattern: RegExp;
  /** Optional filter on the match as written. */
  keep?: (match: string) => boolean;
}

const DETECTORS: readonly Detector[] = [
  { kind: 'percentage', on: 'form', pattern: PERCENT_AR },
  { kind: 'percentage', on: 'form', pattern: PERCENT_EN },
  { kind: 'percentage', on: 'form', pattern: PERCENT_WORDS },
  { kind: 'date', on: 'form', pattern: DATE_AR },
  { kind: 'date', on: 'form', pattern: DATE_EN },
  { kind: 'date', on: 'form', pattern: YEAR },
  { kind: 'number', on: 'form', pattern: NUMBER },
  { kind: 'number', on: 'form', pattern: NUMBER_WORDS_AR },
  { kind: 'number', on: 'form', pattern: NUMBER_WORDS_EN },
  { kind: 'entity', on: 'form', pattern: ENTITY_AR },
  // The capitalised name first, so "the Labour Department" is listed whole rather than as its title.
  { kind: 'entity', on: 'text', pattern: CAPITALISED_EN, keep: (m) => !NOT_NAMES_EN.has(m) },
  { kind: 'entity', on: 'form', pattern: ENTITY_TITLES_EN },
  { kind: 'attribution', on: 'form', pattern: ATTRIBUTION_AR },
  { kind: 'attribution', on: 'form', pattern: ATTRIBUTION_EN },
  { kind: 'comparison', on: 'form', pattern: COMPARISON_AR },
  { kind: 'comparison', on: 'form', pattern: COMPARISON_EN },
  { kind: 'causal', on: 'form', pattern: CAUSAL_AR },
  { kind: 'causal', on: 'form', pattern: CAUSAL_EN },
  { kind: 'opinion', on: 'form', pattern: OPINION_AR },
  { kind: 'opinion', on: 'form', pattern: OPINION_EN },
  { kind: 'question', on: 'text', pattern: QUESTION },
];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every feature found in `text`, in order of position. Arabic words match
 * with or without harakat, tatweel or hamza on alef. A span already taken by
 * an earlier detector in the list (a percentage's number, a year) is not
 * counted again by a later one of another kind.
 */
export function detectFeatures(text: string): FeatureMatch[] {
  const form: SearchForm = toSearchForm(text);
  const found: FeatureMatch[] = [];
  for (const detector of DETECTORS) {
    const haystack = detector.on === 'form' ? form.form : text;
    detector.pattern.lastIndex = 0;
    for (const m of haystack.matchAll(detector.pattern)) {
      const raw = m[0];
      if (raw.trim() === '') continue;
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      const at = m.index + lead;
      const until = m.index + raw.length - trail;
      const span = detector.on === 'form' ? originalSpan(form, at, until) : { start: at, end: until };
      const written = text.slice(span.start, span.end);
      if (detector.keep && !detector.keep(written)) continue;
      if (found.some((f) => overlaps(f, span))) continue;
      found.push({ kind: detector.kind, start: span.start, end: span.end, text: written });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
