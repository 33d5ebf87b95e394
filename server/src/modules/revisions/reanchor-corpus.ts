/**
 * Generated edits with known ground truth, for the re-anchoring properties
 * (reanchor.properties.test.ts) and the re-anchoring bench (bench/reanchor.ts).
 *
 * A document is paragraphs of sentences of words; every word has an id, and a
 * claim is a run of words named by its first and last id. An edit changes the
 * document model, so where each claim's words stand afterwards (or that they
 * are gone) is known exactly, whatever a diff would make of the new text.
 * Sentences are built from a small stock of phrases, so quotes repeat.
 */
import fc from 'fast-check';
import { spanContext } from '@sanad/shared/text/quote';
import type { AnchorInput } from './reanchor.ts';

/** The seven kinds of edit of issue 19. */
export const EDIT_KINDS = [
  'scattered',
  'reorder',
  'word-in-claim',
  'marks-in-claim',
  'duplicate-before',
  'duplicate-with-prefix',
  'rewrite-half',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export type Language = 'ar' | 'en';

/** Phrases sentences are built from: few, so the same words come back often. */
const PHRASES: Record<Language, string[]> = {
  ar: [
    'سوق العمل',
    'قال إن',
    'أدّى إلى',
    'ارتفاع الأسعار',
    'الأمم المتحدة',
    'في عام ٢٠١٣',
    'وزارة الصحة',
    'بحسب الأرقام الرسمية',
    'نسبة البطالة',
    'جلستَيْن منفصلتَيْن',
    'مع وفد الائتلاف',
    'على مستوى المنطقة',
    'المستشفى الميداني',
    'إلى حد كبير',
    'أكثر من مليون',
    'الحكومة الجديدة',
    'مبادرة السلام',
    'كما أكّد',
  ],
  en: [
    'the labour market',
    'said that',
    'led to',
    'rising prices',
    'the United Nations',
    'in 2013',
    'the health ministry',
    'according to official figures',
    'the unemployment rate',
    'two separate sessions',
    'with the coalition delegation',
    'across the region',
    'the field hospital',
    'to a large extent',
    'more than a million',
    'the new government',
    'the peace initiative',
    'as confirmed',
  ],
};

/**
 * Phrases that rewritten sentences are made of, sharing no word with PHRASES,
 * so a rewritten sentence cannot give a claim back its own words and context
 * by chance (the truth would then be a matter of opinion). The quotes still
 * repeat in the sentences left standing.
 */
const REWRITE: Record<Language, string[]> = {
  ar: ['قالت المصادر', 'لاحقًا', 'مساء الأربعاء', 'أفاد مراسلنا', 'لم يتضح بعد', 'نطاق واسع', 'بيان رسمي', 'خلال الأسبوع'],
  en: ['sources claimed', 'later', 'Wednesday evening', 'our correspondent reported', 'it remains unclear', 'widely', 'formal statements', 'during this week'],
};

/** Words that never occur in generated texts: what edits insert or put in place of a word. */
const FRESH: Record<Language, string[]> = {
  ar: ['مراسلنا', 'الخميس', 'تقريبًا', 'الموفد', 'رويترز', 'المفوضية', 'صباحًا', 'الإقليمي'],
  en: ['reportedly', 'Thursday', 'roughly', 'envoy', 'Reuters', 'commission', 'morning', 'regional'],
};

/** One word of a document model. */
interface Word {
  id: number;
  text: string;
}
type Doc = Word[][][];

/** A text cut into paragraphs of sentences of words (each word keeps its punctuation). */
export type DocText = string[][][];

/** A generated case: an old text, its edit, and every claim with where it truly stands now. */
export interface ReanchorCase {
  kind: EditKind;
  language: Language;
  oldText: string;
  newText: string;
  claims: TruthClaim[];
}

/** A claim of a generated case and its ground truth. */
export interface TruthClaim {
  input: AnchorInput;
  /** Whether the edit changed the claim's words (or removed them). */
  touched: boolean;
  /** Where the claim's words stand in the new text; null when they are gone. */
  truth: { start: number; end: number } | null;
  /** For a touched claim: true when only harakat or tatweel changed in it. */
  marksOnly: boolean;
}

/** The shape a case is drawn from (shrinkable by fast-check). */
export interface CaseSpec {
  language: Language;
  kind: EditKind;
  /** Paragraphs of sentences of phrase numbers. */
  paragraphs: number[][][];
  /** Claims as [paragraph, sentence, first word, word count], reduced modulo the document's sizes. */
  claims: [number, number, number, number][];
  /** Seed of the edit's choices. */
  seed: number;
  /** A given text to edit instead of generated paragraphs (the benchmark article). */
  text?: DocText;
}

/** Arbitrary case specs; `kind` and `language` fixed when given. */
export function caseSpec(
  options: { kind?: EditKind; language?: Language; paragraphs?: [number, number]; sentences?: number; claims?: number } = {},
): fc.Arbitrary<CaseSpec> {
  const [minParagraphs, maxParagraphs] = options.paragraphs ?? [2, 8];
  const sentence = fc.array(fc.nat(PHRASES.ar.length - 1), { minLength: 2, maxLength: 6 });
  return fc.record({
    language: options.language ? fc.constant(options.language) : fc.constantFrom<Language>('ar', 'en'),
    kind: options.kind ? fc.constant(options.kind) : fc.constantFrom(...EDIT_KINDS),
    paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: options.sentences ?? 5 }), { minLength: minParagraphs, maxLength: maxParagraphs }),
    claims: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: options.claims ?? 24 }),
    seed: fc.nat(),
  });
}

/** A small seeded generator (mulberry32), so an edit is a pure function of its spec. */
function random(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the case a spec describes. */
export function buildCase(spec: CaseSpec): ReanchorCase {
  let nextId = 0;
  const phrases = PHRASES[spec.language];
  const word = (text: string): Word => ({ id: nextId++, text });
  const sentenceOf = (numbers: number[]) => {
    const words = numbers.flatMap((n) => phrases[n % phrases.length]!.split(' ').map(word));
    // The full stop stands as a word of its own, never inside a claim's last word.
    return [...words, { id: -1, text: '.' }];
  };
  const doc: Doc = spec.text
    ? spec.text.map((paragraph) => paragraph.map((sentence) => sentence.map(word)))
    : spec.paragraphs.map((paragraph) => paragraph.map(sentenceOf));
  const isStop = (item: Word) => item.id < 0;

  // Claims: word runs inside one sentence, not overlapping one another.
  const claimed = new Set<number>();
  const refs: { first: number; last: number; words: number[] }[] = [];
  for (const [p, s, from, count] of spec.claims) {
    const paragraph = doc[p % doc.length]!;
    const sentence = paragraph[s % paragraph.length]!;
    const length = contentLength(sentence);
    if (length === 0) continue;
    const first = from % length;
    const last = Math.min(length - 1, first + count - 1);
    const ids = sentence.slice(first, last + 1).map((w) => w.id);
    if (ids.some((id) => claimed.has(id))) continue;
    for (const id of ids) claimed.add(id);
    refs.push({ first: ids[0]!, last: ids[ids.length - 1]!, words: ids });
  }
  const old = render(doc);

  const rand = random(spec.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const fresh = () => word(pick(FRESH[spec.language]));
  const stop = (): Word[] => (spec.text ? [] : [{ id: -1, text: '.' }]);
  const touched = new Set<number>();
  const marksOnly = new Set<number>();
  const claimOf = new Map<number, number>();
  refs.forEach((ref, index) => ref.words.forEach((id) => claimOf.set(id, index)));
  const locate = (id: number): [number, number, number] | null => {
    for (let p = 0; p < doc.length; p += 1) {
      for (let s = 0; s < doc[p]!.length; s += 1) {
        const w = doc[p]![s]!.findIndex((item) => item.id === id);
        if (w >= 0) return [p, s, w];
      }
    }
    return null;
  };
  const replaceInClaim = (ref: (typeof refs)[number]) => {
    const [p, s, w] = locate(pick(ref.words))!;
    const sentence = doc[p]![s]!;
    sentence[w] = { id: sentence[w]!.id, text: pick(FRESH[spec.language]) };
    touched.add(refs.indexOf(ref));
  };

  switch (spec.kind) {
    case 'scattered': {
      const total = doc.flat().reduce((sum, sentence) => sum + sentence.length, 0);
      const edits = Math.max(1, Math.round(total * 0.05));
      for (let i = 0; i < edits; i += 1) {
        const p = Math.floor(rand() * doc.length);
        const s = Math.floor(rand() * doc[p]!.length);
        const sentence = doc[p]![s]!;
        const w = Math.floor(rand() * contentLength(sentence));
        if (contentLength(sentence) === 0) continue;
        const inClaim = claimOf.get(sentence[w]!.id);
        const choice = rand();
        if (choice < 0.4) {
          // Insert before word w, unless that splits a claim (w inside a claim but not its first word).
          if (inClaim !== undefined && refs[inClaim]!.first !== sentence[w]!.id) continue;
          sentence.splice(w, 0, fresh());
        } else if (choice < 0.7) {
          if (inClaim !== undefined || contentLength(sentence) < 3) continue;
          sentence.splice(w, 1);
        } else {
          sentence[w] = { id: sentence[w]!.id, text: pick(FRESH[spec.language]) };
          if (inClaim !== undefined) touched.add(inClaim);
        }
      }
      break;
    }
    case 'reorder': {
      for (let i = doc.length - 1; i > 0; i -= 1) {
        const j = Math.floor(rand() * (i + 1));
        [doc[i], doc[j]] = [doc[j]!, doc[i]!];
      }
      break;
    }
    case 'word-in-claim': {
      refs.forEach((ref, index) => {
        if (index % 2 === 0) replaceInClaim(ref);
      });
      break;
    }
    case 'marks-in-claim': {
      refs.forEach((ref, index) => {
        if (index % 2 !== 0) return;
        const [p, s, w] = locate(pick(ref.words))!;
        const sentence = doc[p]![s]!;
        const target = sentence[w]!;
        const { text, marks } = changeMarks(target.text, spec.language, rand);
        if (text === target.text) return;
        sentence[w] = { id: target.id, text };
        touched.add(index);
        if (marks) marksOnly.add(index);
      });
      break;
    }
    case 'duplicate-before': {
      refs.forEach((ref, index) => {
        if (index % 3 !== 0) return;
        const [p, s] = locate(ref.first)!;
        const copy = ref.words.map((id) => word(old.words.get(id)!.text));
        // Into a sentence at or before the claim's, as a sentence of its own.
        const targetP = Math.floor(rand() * (p + 1));
        const targetS = targetP === p ? Math.floor(rand() * (s + 1)) : Math.floor(rand() * (doc[targetP]!.length + 1));
        doc[targetP]!.splice(targetS, 0, [fresh(), ...copy, fresh(), ...stop()]);
      });
      break;
    }
    case 'duplicate-with-prefix': {
      refs.forEach((ref, index) => {
        if (index % 3 !== 0) return;
        const [p, s] = locate(ref.first)!;
        const sentence = doc[p]![s]!;
        const upTo = sentence.findIndex((item) => item.id === ref.last);
        const copy = sentence.slice(0, upTo + 1).map((item) => word(item.text));
        doc[p]!.splice(s, 0, [...copy, fresh(), fresh(), ...stop()]);
      });
      break;
    }
    case 'rewrite-half': {
      for (const paragraph of doc) {
        for (let s = 0; s < paragraph.length; s += 1) {
          if (rand() >= 0.5) continue;
          for (const item of paragraph[s]!) {
            if (isStop(item)) continue;
            const index = claimOf.get(item.id);
            if (index !== undefined) touched.add(index);
          }
          const length = 2 + Math.floor(rand() * 5);
          const rewrite = REWRITE[spec.language];
          const words = Array.from({ length }, () => rewrite[Math.floor(rand() * rewrite.length)]!).flatMap((phrase) => phrase.split(' ').map(word));
          paragraph[s] = [...words, ...stop()];
        }
      }
      break;
    }
  }

  const now = render(doc);
  const claims: TruthClaim[] = refs.map((ref, index) => {
    const start = old.words.get(ref.first)!.start;
    const end = old.words.get(ref.last)!.end;
    const input: AnchorInput = { start, end, quote: old.text.slice(start, end), ...spanContext(old.text, start, end) };
    const first = now.words.get(ref.first);
    const last = now.words.get(ref.last);
    const truth = first && last ? { start: first.start, end: last.end } : null;
    return { input, touched: touched.has(index), truth, marksOnly: marksOnly.has(index) };
  });
  return { kind: spec.kind, language: spec.language, oldText: old.text, newText: now.text, claims };
}

/** Words of a sentence before its full stop. */
function contentLength(sentence: Word[]): number {
  return sentence.length > 0 && sentence[sentence.length - 1]!.id < 0 ? sentence.length - 1 : sentence.length;
}

/** Renders a document: words joined by spaces (a full stop joined to the word before it), sentences by a space, paragraphs by line breaks. */
function render(doc: Doc): { text: string; words: Map<number, { start: number; end: number; text: string }> } {
  let text = '';
  const words = new Map<number, { start: number; end: number; text: string }>();
  doc.forEach((paragraph, p) => {
    if (p > 0) text += '\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      sentence.forEach((item, w) => {
        if (item.id < 0) {
          text += item.text;
          return;
        }
        if (w > 0) text += ' ';
        words.set(item.id, { start: text.length, end: text.length + item.text.length, text: item.text });
        text += item.text;
      });
    });
  });
  return { text, words };
}

const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u064c', '\u064d', '\u0670'];

/**
 * Changes the marks or letter forms of one word: a haraka added at its end or
 * removed, tatweel added (marks only), or a hamza or alef form, ta marbuta or
 * alef maqsura changed (letters that can change the word). English words get
 * a combining accent on their last letter.
 */
function changeMarks(text: string, language: Language, rand: () => number): { text: string; marks: boolean } {
  if (language === 'en') return { text: `${text}\u0301`, marks: false };
  const choice = rand();
  if (choice < 0.25) return { text: text + HARAKAT[Math.floor(rand() * HARAKAT.length)]!, marks: true };
  const stripped = text.replace(/[\u064b-\u065f\u0670]/gu, '');
  if (choice < 0.4 && stripped !== text) return { text: stripped, marks: true };
  if (choice < 0.5 && text.length > 2) return { text: `${text.slice(0, 2)}\u0640${text.slice(2)}`, marks: true };
  const swaps: [RegExp, string][] = [
    [/إ/u, 'أ'],
    [/أ/u, 'ا'],
    [/ة/u, 'ه'],
    [/ى/u, 'ي'],
    [/ا/u, 'أ'],
  ];
  for (const [from, to] of swaps) if (from.test(text)) return { text: text.replace(from, to), marks: false };
  return { text: text + HARAKAT[0]!, marks: true };
}
