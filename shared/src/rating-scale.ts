/**
 * The default rating scale: what a new database is seeded with (migration
 * 0005 writes these rows). The live scale is the `ratings` table, which admins
 * edit; read it through `GET /api/rating-scale`, not from here.
 * Colours: `color` is a strong tone used for badges with white text and for
 * borders; `tint` is the light highlight behind article text. Both are checked
 * for WCAG contrast by `rating-scale.test.ts`.
 */
/** Keys of the default scale. */
export const RATING_KEYS = [
  'true',
  'mostly_true',
  'half_true',
  'mostly_false',
  'false',
  'misleading',
  'unverifiable',
] as const;

/** A key of the rating scale, e.g. `"false"`: lower-case letters, digits and underscores. */
export type RatingKey = string;

/** What a rating key looks like (stable: stored with every verdict, used in CSS highlight names). */
export const RATING_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** The tally key of claims without a verdict; never a rating key. */
export const UNRATED_KEY = 'unrated';

/** One rating of the scale. */
export interface Rating {
  /** Stable key stored with each verdict. */
  key: RatingKey;
  /** English label. */
  labelEn: string;
  /** Arabic label. */
  labelAr: string;
  /** Numeric value (5 = True .. 1 = False), or null for ratings off the numeric scale. */
  value: number | null;
  /** Strong colour (badges, borders); white text on it meets WCAG AA. */
  color: string;
  /** Light tint used to highlight claims in the text; body text on it meets WCAG AAA. */
  tint: string;
  /** Short definition in English. */
  definitionEn: string;
  /** Short definition in Arabic. */
  definitionAr: string;
}

/** The neutral style of claims that have no verdict yet. */
export const UNRATED_STYLE = {
  labelEn: 'Unrated',
  labelAr: 'غير مُقيَّم',
  color: '#5b6470',
  tint: '#e9ecf0',
} as const;

/** The default scale, in order from most to least accurate, then the off-scale ratings. */
export const RATING_SCALE: readonly Rating[] = [
  {
    key: 'true',
    labelEn: 'True',
    labelAr: 'صحيح',
    value: 5,
    color: '#1b7a3d',
    tint: '#cdeed8',
    definitionEn: 'The statement is accurate and nothing significant is missing.',
    definitionAr: 'الادعاء دقيق ولا ينقصه شيء جوهري.',
  },
  {
    key: 'mostly_true',
    labelEn: 'Mostly true',
    labelAr: 'صحيح في الغالب',
    value: 4,
    color: '#3f7a14',
    tint: '#e2f1cc',
    definitionEn: 'The statement is accurate but needs clarification or additional information.',
    definitionAr: 'الادعاء دقيق لكنه يحتاج إلى توضيح أو معلومات إضافية.',
  },
  {
    key: 'half_true',
    labelEn: 'Half true',
    labelAr: 'نصف صحيح',
    value: 3,
    color: '#8a5f00',
    tint: '#fbe9b5',
    definitionEn: 'The statement is partially accurate but leaves out important details or takes things out of context.',
    definitionAr: 'الادعاء صحيح جزئيًا لكنه يغفل تفاصيل مهمة أو يقتطع الأمور من سياقها.',
  },
  {
    key: 'mostly_false',
    labelEn: 'Mostly false',
    labelAr: 'خاطئ في الغالب',
    value: 2,
    color: '#b0440f',
    tint: '#fbdac6',
    definitionEn: 'The statement contains an element of truth but ignores critical facts that would give a different impression.',
    definitionAr: 'في الادعاء عنصر من الحقيقة لكنه يتجاهل حقائق حاسمة تعطي انطباعًا مختلفًا.',
  },
  {
    key: 'false',
    labelEn: 'False',
    labelAr: 'خاطئ',
    value: 1,
    color: '#b3261e',
    tint: '#f8cbc7',
    definitionEn: 'The statement is not accurate.',
    definitionAr: 'الادعاء غير دقيق.',
  },
  {
    key: 'misleading',
    labelEn: 'Misleading',
    labelAr: 'مضلِّل',
    value: null,
    color: '#7b3fa0',
    tint: '#e8d8f3',
    definitionEn: 'The statement may be literally accurate but is framed to give a false impression.',
    definitionAr: 'قد يكون الادعاء دقيقًا حرفيًا لكنه مصوغ بطريقة تعطي انطباعًا خاطئًا.',
  },
  {
    key: 'unverifiable',
    labelEn: 'Unverifiable',
    labelAr: 'لا يمكن التحقق منه',
    value: null,
    color: '#4f5b66',
    tint: '#dde3e9',
    definitionEn: 'There is not enough public evidence to prove or disprove the statement.',
    definitionAr: 'لا تتوفر أدلة علنية كافية لإثبات الادعاء أو نفيه.',
  },
];

const byKey = new Map<string, Rating>(RATING_SCALE.map((rating) => [rating.key, rating]));

/** The default rating with this key; throws for a key not on the default scale. */
export function ratingFor(key: RatingKey): Rating {
  const rating = byKey.get(key);
  if (!rating) throw new Error(`Unknown rating key: ${key}`);
  return rating;
}

/** True when the string is a key of the default scale. */
export function isRatingKey(value: string): value is RatingKey {
  return byKey.has(value);
}
