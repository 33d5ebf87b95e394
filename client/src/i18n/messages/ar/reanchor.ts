import type { reanchor as english } from '../en/reanchor.ts';
import type { Translation } from '../translation.ts';

/** Arabic messages: what re-anchoring found when a claim's spelling changed (terms from ../glossary.md). */
export const reanchor = {
  'reanchor.spellingChanged': 'تغيّرت الكتابة: {kinds}',
  'reanchor.spellingHelp': 'عُثر عليه مجددًا بعد تجاهل أشكال حروف قد تغيّر الكلمة. راجِع الكتابة الجديدة.',
  'reanchor.kindSeparator': '، ',
  'reanchor.kind.hamza': 'شكل الهمزة أو الألف',
  'reanchor.kind.ta_marbuta': 'التاء المربوطة',
  'reanchor.kind.alef_maqsura': 'الألف المقصورة',
  'reanchor.kind.letters': 'حروف أخرى',
  'reanchor.wordChange': '<0>{before}</0> ← <1>{after}</1>',
} satisfies Translation<typeof english>;
