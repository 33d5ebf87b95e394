import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary } from '@sanad/shared/text/graphemes';
import { spanContext } from '@sanad/shared/text/quote';
import { diffTexts } from '../../lib/text-diff.ts';
import { type AnchorInput, type AnchorOutcome, reanchor, revisionContext } from './reanchor.ts';
import { EDIT_KINDS, type CaseSpec, type ReanchorCase, type TruthClaim, buildCase, caseSpec } from './reanchor-corpus.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

function spanOf(outcome: AnchorOutcome): { start: number; end: number } | null {
  if (outcome.status === 'orphaned') return null;
  if (outcome.status === 'fuzzy') return outcome.suggestion;
  return outcome;
}

/** Placed without asking a reviewer: anchored, or normalised with nothing that can change a word. */
function silent(outcome: AnchorOutcome): boolean {
  return outcome.status === 'anchored' || (outcome.status === 'normalised' && outcome.differences.length === 0);
}

/** A place whose quote and 32 characters of context on each side are the claim's: no context could tell it from the true one. */
function indistinguishable(text: string, span: { start: number; end: number }, claim: AnchorInput): boolean {
  return (
    text.slice(span.start, span.end) === claim.quote &&
    text.slice(span.start - claim.prefix.length, span.start) === claim.prefix &&
    text.slice(span.end, span.end + claim.suffix.length) === claim.suffix
  );
}

/** Checks the three promises of issue 19 on one case; returns a description of the first broken one, or null. */
function broken(item: ReanchorCase): string | null {
  const context = revisionContext(item.oldText, item.newText, diffTexts(item.oldText, item.newText));
  for (const claim of item.claims) {
    const outcome = reanchor(claim.input, context);
    const span = spanOf(outcome);
    const where = `claim «${claim.input.quote}» at ${claim.input.start} (${claim.touched ? 'touched' : 'untouched'}, truth ${JSON.stringify(claim.truth)}): ${JSON.stringify(outcome)}`;
    if (span && (!isGraphemeBoundary(item.newText, span.start) || !isGraphemeBoundary(item.newText, span.end))) return `splits a grapheme: ${where}`;
    if (span && span.end <= span.start) return `empty span: ${where}`;
    const onTruth = span !== null && claim.truth !== null && span.start === claim.truth.start && span.end === claim.truth.end;
    if (!claim.touched) {
      if (silent(outcome) && !onTruth && !indistinguishable(item.newText, span!, claim.input)) return `silently wrong: ${where}`;
      // Untouched and found exactly where nothing around it changed.
      if (outcome.status !== 'anchored' && undisturbed(item, claim)) return `untouched claim not found exactly: ${where}`;
      continue;
    }
    if (outcome.status === 'anchored' && !indistinguishable(item.newText, outcome, claim.input)) return `touched claim anchored: ${where}`;
    if (outcome.status === 'normalised' && outcome.differences.length === 0 && !(claim.marksOnly && onTruth)) return `quiet normalised: ${where}`;
  }
  return null;
}

/**
 * An untouched claim whose quote and context (to the paragraph breaks) stand
 * unchanged at its true place and nowhere else: it must be found exactly.
 */
function undisturbed(item: ReanchorCase, claim: TruthClaim): boolean {
  if (!claim.truth) return false;
  const { quote, prefix, suffix } = claim.input;
  // The context a reader has: up to the paragraph break, the start and end of the text counting as breaks.
  const sides = (text: string, start: number, end: number) => {
    let before = text.slice(Math.max(0, start - prefix.length), start);
    if (start - prefix.length <= 0) before = `\n${before}`;
    let after = text.slice(end, end + suffix.length);
    if (end + suffix.length >= text.length) after = `${after}\n`;
    const cut = before.lastIndexOf('\n');
    const stop = after.indexOf('\n');
    return { before: cut >= 0 ? before.slice(cut) : before, after: stop >= 0 ? after.slice(0, stop + 1) : after };
  };
  const wanted = sides(item.oldText, claim.input.start, claim.input.end);
  const found = sides(item.newText, claim.truth.start, claim.truth.end);
  if (found.before !== wanted.before || found.after !== wanted.after) return false;
  // Nowhere else, in either text, the quote with either whole side of that context: a copy carrying one
  // side of it (the claim's own sentence start, say) makes the claim a reviewer's call.
  const count = (text: string) => {
    let n = 0;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      const here = sides(text, at, at + quote.length);
      if (here.before.endsWith(wanted.before) || here.after.startsWith(wanted.after)) n += 1;
    }
    return n;
  };
  return count(item.newText) === 1 && count(item.oldText) === 1;
}

describe('reanchor against generated edits with known ground truth (issue 19)', () => {
  for (const kind of EDIT_KINDS) {
    for (const language of ['ar', 'en'] as const) {
      it(`never places a claim silently anywhere but its true span, splits no grapheme and finds untouched claims: ${kind}, ${language}`, () => {
        fc.assert(
          fc.property(caseSpec({ kind, language }), (spec) => {
            const problem = broken(buildCase(spec));
            if (problem) throw new Error(problem);
          }),
          { numRuns: RUNS },
        );
      }, 60_000);
    }
  }
});

/** Shrunk cases that once failed, kept by name. */
const REGRESSIONS: Record<string, CaseSpec> = {
  'in a text of one repeated phrase, an untouched claim whose stored context stands once is found, not flagged (found by 4,000 runs in the fourth session, failing before the fifth)': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0]], [[0, 0, 0, 5, 0, 5], [9, 12, 0]]],
    claims: [
      [15, 116698773, 1233582320, 1],
      [0, 0, 0, 1],
      [59111001, 0, 649383727, 1],
      [524579415, 0, 606896447, 6],
      [0, 0, 0, 1],
    ],
    seed: 124155432,
  },
  'an untouched claim whose whole stored selector stands once in a text too rewritten for the diff, its stored prefix cut inside a word that changed («…ed» of another word), is found (found by 8,000 runs, failing before the fifth session too)': {
    language: 'en',
    kind: 'rewrite-half',
    paragraphs: [[[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0]], [[0, 0], [0, 0], [0, 0], [0, 17], [0, 14, 7]], [[0, 0]], [[0, 0], [10, 0]], [[0, 0], [1, 0], [0, 0, 0, 0, 0, 0], [0, 0]], [[7, 0], [0, 0, 7, 0, 0, 0]]],
    claims: [
      [117935484, 1931377699, 1146397686, 1],
      [0, 0, 0, 1],
    ],
    seed: 1774289442,
  },
  'an untouched claim, its quote once in either text, whose stored prefix begins inside a word that a rewrite changed («ministry» → «widely» before «y. in 2013 …») is found, not flagged (found by 8,000 runs in the sixth session, failing before the seventh)': {
    language: 'en',
    kind: 'rewrite-half',
    paragraphs: [[[0, 6], [5, 16, 3]], [[0, 6], [0, 0, 0, 0]]],
    claims: [
      [0, 690377277, 2123454037, 1],
      [0, 0, 0, 1],
    ],
    seed: 416519701,
  },
  'paragraphs swapped where the diff moves the words before a quote from one to the other: the claim that began its paragraph goes with its paragraph, not to the copy of its words the diff paired (found by 40,000 runs in the seventh session, silently wrong before)': {
    language: 'ar',
    kind: 'reorder',
    paragraphs: [[[0, 9, 11]], [[0, 0]], [[9, 11]], [[0, 1]]],
    claims: [[1350347502, 0, 0, 2]],
    seed: 1579498492,
  },
  'the same with words of the claim\'s paragraph before it: «across the region the peace initiative» moved to the top, the diff pairing it with the copy that now follows «the labour market» (found by 20,000 runs in the seventh session, silently wrong before)': {
    language: 'en',
    kind: 'reorder',
    paragraphs: [[[0, 11, 16]], [[0, 0]], [[0, 0]], [[11, 16]], [[0, 1], [0, 0]], [[0, 0]]],
    claims: [
      [1268706867, 0, 27258200, 3],
      [0, 0, 0, 1],
    ],
    seed: 1610612726,
  },
  'in four identical paragraphs, the one whose next paragraph moved away is not kept silently where the diff pairs it in order (found by 40,000 runs in the seventh session, silently wrong before)': {
    language: 'ar',
    kind: 'reorder',
    paragraphs: [[[0, 0]], [[0, 0]], [[0, 0]], [[0, 0]], [[0, 1]], [[0, 2]]],
    claims: [
      [305657289, 0, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 2061458260,
  },
  'a claim in one of two identical sentences of a paragraph whose own copy was rewritten is not anchored silently on the other copy between the same anchors (found by 40,000 runs in the seventh session, silently wrong before)': {
    language: 'ar',
    kind: 'rewrite-half',
    paragraphs: [[[0, 0], [12, 11], [12, 11], [0, 0]], [[0, 0]], [[0, 0]]],
    claims: [[0, 3781221, 0, 1]],
    seed: 764982406,
  },
  'a copy of the sentence up to the claim, inserted before it, does not take the claim (its suffix points to the original)': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0]], [[0, 0], [0, 0]], [[0, 0]], [[0, 0]]],
    claims: [[819908365, 684729381, 0, 1]],
    seed: 0,
  },
  'the diff does not keep a claim on a copy when the original agrees with more of its context': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0]]],
    claims: [
      [0, 1053811342, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 21909873, 1],
      [0, 0, 482502654, 2],
    ],
    seed: 0,
  },
  'an English copy with the claim\'s prefix, among many identical paragraphs': {
    language: 'en',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0]], [[0, 0]], [[0, 0]], [[0, 0]], [[0, 0], [0, 0]], [[0, 0]], [[0, 0]], [[0, 0]]],
    claims: [
      [816320164, 1057751167, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 893401, 1],
      [321945252, 0, 121694419, 1],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'a word that gains letters at the claim\'s edge («وفد» → «الموفد») is flagged, not anchored inside the new word': {
    language: 'ar',
    kind: 'word-in-claim',
    paragraphs: [[[0, 0], [0, 10, 0]], [[0, 0]]],
    claims: [
      [0, 0, 0, 1],
      [0, 0, 36267685, 1],
      [0, 193545057, 0, 1],
      [0, 0, 766255998, 1],
      [0, 114668829, 400566792, 1],
      [0, 0, 0, 1],
    ],
    seed: 7,
  },
  'a claim in a moved paragraph of repeated phrases is found by its context where the diff pairs other words': {
    language: 'en',
    kind: 'reorder',
    paragraphs: [[[0, 0]], [[0, 0, 0]]],
    claims: [
      [502040025, 0, 885465978, 1],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'a copy carrying the claim\'s sentence start and the original carrying its end: neither is certain': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0, 10, 2]], [[0, 0]]],
    claims: [
      [7673503, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 2, 1],
      [0, 0, 901314484, 2],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'a copy at the start of the paragraph with the claim\'s whole stored context is indistinguishable; the original after it is not moved silently': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [7, 0, 7], [0, 0]], [[0, 3, 5]]],
    claims: [
      [1190145949, 0, 42742884, 5],
      [423866923, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 778764722, 0, 1],
    ],
    seed: 0,
  },
  'a rewritten sentence that begins with the claim\'s word does not keep the claim': {
    language: 'ar',
    kind: 'rewrite-half',
    paragraphs: [[[0, 0], [5, 0, 0]], [[0, 0]]],
    claims: [
      [0, 12652623, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 17,
  },
  'the original keeps a word\'s worth of its suffix after another copy: a copy with the whole prefix is not certain': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 0], [0, 0], [0, 1], [0, 0]], [[0, 0]]],
    claims: [
      [0, 414219648, 0, 2],
      [0, 0, 0, 1],
      [0, 0, 276675021, 1],
      [0, 674734369, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'a claim at the end of the text, moved there with its paragraph, is found although the diff paired another «market»': {
    language: 'en',
    kind: 'reorder',
    paragraphs: [[[0, 1]], [[0, 0], [0, 1], [0, 0]], [[0, 0], [0, 2], [0, 2], [0, 0, 1]]],
    claims: [[1879048189, 1306207142, 1805451035, 1]],
    seed: 465004010,
  },
  'a claim at the text start whose first word was replaced is not moved to a paragraph that starts alike': {
    language: 'en',
    kind: 'word-in-claim',
    paragraphs: [[[0, 0]], [[0, 0], [0, 1]], [[0, 1]], [[0, 1]]],
    claims: [[0, 0, 0, 2]],
    seed: 0,
  },
  'a copy of the text\'s first words inserted at its start does not take a claim that a later paragraph resembles': {
    language: 'en',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0]], [[0, 0]]],
    claims: [[0, 0, 24818300, 1]],
    seed: 0,
  },
  'a kasra added on the last letter of a claim at the text start is a quiet normalised there, not the same word elsewhere': {
    language: 'ar',
    kind: 'marks-in-claim',
    paragraphs: [[[12, 8]], [[0, 0], [12, 8]]],
    claims: [[0, 0, 0, 1]],
    seed: 0,
  },
  'a claim at the text start stays there when an accent lands in its suffix and a later «in 2013» has the whole suffix': {
    language: 'en',
    kind: 'marks-in-claim',
    paragraphs: [[[5, 15]], [[0, 5, 15]], [[7, 0]]],
    claims: [
      [1443718645, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 76256126, 1],
    ],
    seed: 0,
  },
  'a copy of the sentence start that the diff pairs with the claim, the original inside the inserted text: not anchored on the copy': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0]], [[0, 0], [0, 0], [0, 1], [0, 0]]],
    claims: [
      [1284458661, 1989215151, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 16050277, 1],
      [554672653, 172223558, 35646469, 3],
    ],
    seed: 0,
  },
  'a word replaced in a claim at the text start, its context kept: the same word in a later paragraph with that context is not certain': {
    language: 'ar',
    kind: 'word-in-claim',
    paragraphs: [[[0, 11]], [[0, 0, 11]], [[0, 0]], [[0, 0]]],
    claims: [
      [0, 0, 70816, 1],
      [0, 0, 0, 1],
      [982357198, 0, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'a copy of the sentence start paired by the diff with the claim, the original paired with the phrase after it: neither is certain': {
    language: 'en',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0]], [[0, 0]], [[0, 0]], [[0, 0], [0, 0], [0, 1], [0, 0]], [[0, 0]], [[0, 0]], [[0, 0]], [[0, 0]]],
    claims: [
      [1520216051, 325796917, 0, 3],
      [0, 0, 0, 1],
      [36162185, 0, 0, 1],
      [49996348, 0, 0, 1],
    ],
    seed: 0,
  },
  'a sentence inserted before a claim at the text start does not send the claim to a later paragraph with its words and suffix': {
    language: 'ar',
    kind: 'duplicate-before',
    paragraphs: [[[16, 8]], [[0, 16, 8]], [[0, 0]], [[0, 0]]],
    claims: [
      [334065089, 0, 0, 1],
      [35002901, 0, 895294417, 1],
      [0, 0, 0, 2],
      [16034065, 0, 32364632, 1],
    ],
    seed: 1395277394,
  },
  'a rewritten claim at the text start is not anchored on its words in the middle of a later paragraph': {
    language: 'ar',
    kind: 'rewrite-half',
    paragraphs: [[[7, 15]], [[0, 7, 15]], [[0, 0]], [[0, 0]]],
    claims: [[0, 0, 0, 2]],
    seed: 656602606,
  },
  'an accent on a claim in the first of two identical sentences: the diff pairs the claim with the second, which looks more like the other «two»': {
    language: 'en',
    kind: 'marks-in-claim',
    paragraphs: [[[0, 0]], [[0, 0], [9, 12], [9, 12], [0, 0]]],
    claims: [
      [0, 0, 0, 1],
      [0, 0, 356290801, 1],
      [1835852805, 164874533, 0, 1],
      [1, 0, 0, 1],
      [15, 1300383087, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'a copy with the prefix, the original set aside as another «الرسمية» by a diff that slipped one repeat: not anchored on the copy': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 0, 0], [0, 7, 7, 0, 3, 0], [0, 0]], [[0, 0]], [[0, 0]]],
    claims: [
      [72956433, 227232522, 809017234, 1],
      [0, 0, 0, 1],
      [0, 0, 308368485, 1],
      [151800622, 0, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 0,
  },
  'paragraphs of one phrase reordered, the diff showing the move as two short edits: not taken for local edits beside the claim': {
    language: 'ar',
    kind: 'reorder',
    paragraphs: [[[0, 0]], [[0, 0]], [[0, 0, 0]]],
    claims: [
      [40606304, 0, 67846436, 1],
      [0, 0, 0, 1],
    ],
    seed: 1328166169,
  },
  'identical sentences after a copy of the first one\'s start: the diff slips one sentence, and the claim\'s sentence there is not enough against a place with more of its context': {
    language: 'en',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 0], [0, 0]], [[0, 0, 0, 0]], [[0, 0]]],
    claims: [
      [483731645, 0, 0, 1],
      [0, 413444002, 101362075, 2],
      [0, 0, 0, 1],
      [0, 0, 917417193, 3],
      [0, 0, 0, 1],
    ],
    seed: 1224609079,
  },
  'a copy at a paragraph\'s start holding all 32 stored characters of a claim there, the last of them the start of another word («ال» of «الموفد»): not the claim': {
    language: 'ar',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 0]], [[0, 0, 0, 0], [0, 0]]],
    claims: [
      [76012623, 378074837, 0, 1],
      [0, 0, 0, 1],
      [1718169671, 0, 0, 1],
      [0, 334100757, 0, 1],
      [0, 0, 1319841905, 1],
      [0, 0, 22955822, 1],
      [57204469, 0, 49217731, 4],
    ],
    seed: 0,
  },
  'a claim whose stored prefix begins inside a deleted word («ة» of «البطالة», now after «نسبة»): all 32 characters still stand, so it is found exactly': {
    language: 'ar',
    kind: 'scattered',
    paragraphs: [
      [[0, 0], [0, 0], [0, 10], [0, 0, 0, 0, 0], [8, 5, 12, 5, 7]],
      [[0, 0], [7, 0]],
      [[0, 5, 0], [0, 0, 0, 7, 0], [0, 0, 0], [0, 7, 0, 7]],
    ],
    claims: [[0, 928652849, 212637016, 3]],
    seed: 1662734543,
  },
  'a copy of a paragraph\'s first sentence start holding all of a claim\'s context there, the claim\'s whole sentence standing after it: not anchored on the copy': {
    language: 'en',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 1]], [[1, 0, 0, 0]], [[0, 0]]],
    claims: [
      [271621358, 0, 0, 1],
      [778940542, 0, 0, 1],
      [0, 0, 19939831, 1],
      [910520647, 0, 68747234, 1],
      [0, 0, 169108652, 1],
      [0, 0, 0, 1],
      [0, 373667721, 0, 1],
    ],
    seed: 0,
  },
  'identical paragraphs reordered (as in the repeated benchmark article): a claim near a paragraph start is not kept where the paragraph before it differs from its stored context': {
    language: 'ar',
    kind: 'reorder',
    text: Array.from({ length: 6 }, () => [
      'قال المتحدث إن الحرب أدت إلى خسائر كبيرة في المدينة. ثم غادر القاعة مسرعًا.',
      'قبل بدء جلسات المؤتمر تكشفت معلومات مهمة عن الوفود. وتداولتها الوكالات.',
      'استأنف المؤتمر أعماله في قصر الأمم المتحدة بجنيف. وعقد الوسيط جلستين.',
      'وكشفت الوثائق أن التنظيم هو صنيعة النظام. وهذا ما أكده الشهود.',
    ])
      .flat()
      .map((paragraph) => paragraph.split(/(?<=\.)\s+/u).map((sentence) => sentence.split(' '))),
    paragraphs: [],
    claims: Array.from({ length: 24 }, (_, p): [number, number, number, number] => [p, 0, 1, 2]),
    seed: 0,
  },
  'one of four identical sentences of a paragraph rewritten: the diff keeps the claim on another copy by chance, which is not certain (found by 1,000 runs, failing before this session too)': {
    language: 'en',
    kind: 'rewrite-half',
    paragraphs: [[[0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]], [[0, 0]], [[0, 0]]],
    claims: [
      [57618937, 435947245, 0, 1],
      [0, 0, 0, 1],
    ],
    seed: 555986801,
  },
  'a claim at the very start of a text too rewritten for the diff to apply is not its words in the middle of the last paragraph by its suffix alone (found by 800 runs, failing before the fourth session too)': {
    language: 'en',
    kind: 'rewrite-half',
    paragraphs: [[[12, 7]], [[0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0, 0, 0], [0, 0, 0, 7, 0, 0]], [[0, 0, 7, 0, 0, 7]], [[0, 12, 7]]],
    claims: [[0, 0, 0, 3]],
    seed: 1953734718,
  },
  'two copies inserted one after the other before a claim: the second is slid to its sentence start past the first as slid, so the diff keeps the claim on its original (found by 2,500 runs, failing before the fourth session too)': {
    language: 'en',
    kind: 'duplicate-with-prefix',
    paragraphs: [[[0, 0], [0, 1, 0, 6], [1, 12, 0], [0, 0], [0, 1]], [[0, 0]]],
    claims: [
      [168725049, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 1, 1],
      [0, 153896792, 0, 1],
      [0, 0, 522242, 1],
      [0, 0, 1500287973, 1],
      [0, 2020937587, 2077351333, 2],
      [0, 0, 0, 1],
    ],
    seed: 654792432,
  },
};

describe('reanchor regressions (shrunk counterexamples)', () => {
  for (const [name, spec] of Object.entries(REGRESSIONS)) {
    it(name, () => {
      const item = buildCase(spec);
      expect(item.claims.length).toBeGreaterThan(0);
      expect(broken(item)).toBeNull();
    });
  }
});

/** Every combining mark of the Arabic block: harakat, Quranic marks, superscript alef and the rest. */
const ARABIC_MARKS = Array.from({ length: 0x0700 - 0x0600 }, (_, i) => 0x0600 + i).filter((cp) => /\p{M}/u.test(String.fromCodePoint(cp)));

describe('reanchor with an Arabic combining mark added at either end of a quote', () => {
  const text = 'قال المتحدث إن الحرب أدّى إلى خسائر كبيرة في المدينة، ثم غادر القاعة.';
  const quote = 'أدّى إلى';
  const start = text.indexOf(quote);
  const claim: AnchorInput = { start, end: start + quote.length, quote, ...spanContext(text, start, start + quote.length) };

  it('covers every mark of the block', () => {
    expect(ARABIC_MARKS).toContain(0x064b);
    expect(ARABIC_MARKS).toContain(0x065f);
    expect(ARABIC_MARKS).toContain(0x0670);
    expect(ARABIC_MARKS.length).toBeGreaterThan(40);
  });

  for (const cp of ARABIC_MARKS) {
    const mark = String.fromCodePoint(cp);
    const name = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    it(`${name} on the last letter: the span takes the whole letter and is not silently anchored`, () => {
      const edited = text.slice(0, claim.end) + mark + text.slice(claim.end);
      for (const withDiff of [true, false]) {
        const outcome = reanchor(claim, revisionContext(text, edited, withDiff ? diffTexts(text, edited) : null));
        const span = spanOf(outcome);
        expect(span).not.toBeNull();
        expect(isGraphemeBoundary(edited, span!.start)).toBe(true);
        expect(isGraphemeBoundary(edited, span!.end)).toBe(true);
        expect(outcome.status).not.toBe('anchored');
        if (outcome.status === 'normalised' || outcome.status === 'modified') expect(edited.slice(outcome.start, outcome.end)).toBe(quote + mark);
      }
    });
    it(`${name} just before the first letter: the span starts on a boundary, the quote's letters intact`, () => {
      // A mark inserted before the quote joins the character before it (here a space); the quote itself is untouched.
      const edited = text.slice(0, claim.start) + mark + text.slice(claim.start);
      const outcome = reanchor(claim, revisionContext(text, edited, diffTexts(text, edited)));
      const span = spanOf(outcome);
      expect(span).not.toBeNull();
      expect(isGraphemeBoundary(edited, span!.start)).toBe(true);
      expect(isGraphemeBoundary(edited, span!.end)).toBe(true);
      expect(edited.slice(span!.start, span!.end)).toBe(quote);
    });
    it(`${name} on the first letter of the quote: never silently anchored, on boundaries`, () => {
      const edited = text.slice(0, claim.start + 1) + mark + text.slice(claim.start + 1);
      const outcome = reanchor(claim, revisionContext(text, edited, diffTexts(text, edited)));
      const span = spanOf(outcome);
      expect(outcome.status).not.toBe('anchored');
      if (span) {
        expect(isGraphemeBoundary(edited, span.start)).toBe(true);
        expect(isGraphemeBoundary(edited, span.end)).toBe(true);
      }
    });
  }
});
