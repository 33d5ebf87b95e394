import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary } from '@sanad/shared/text/graphemes';
import { spanContext } from '@sanad/shared/text/quote';
import { diffTexts } from '../../lib/text-diff.ts';
import { type AnchorInput, reanchor, revisionContext } from './reanchor.ts';

function claimAt(text: string, phrase: string, occurrence = 0): AnchorInput {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return { start, end: start + phrase.length, quote: phrase, ...spanContext(text, start, start + phrase.length) };
}

function run(oldText: string, newText: string, claim: AnchorInput, withDiff = true) {
  return reanchor(claim, revisionContext(oldText, newText, withDiff ? diffTexts(oldText, newText) : null));
}

const TEXT =
  'استأنف مؤتمر «جنيف2» أعماله في قصر الأمم المتحدة بجنيف. وكالعادة، عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف الوطني السوري.\n' +
  'وقد ارتفعت نسبة البطالة إلى 3.5% في عام 2013 بحسب الأرقام الرسمية.';

describe('reanchor', () => {
  it('moves a claim when a word before it changes', () => {
    const claim = claimAt(TEXT, 'جلستَيْن منفصلتَيْن');
    const edited = TEXT.replace('وكالعادة', 'وكما جرت العادة');
    const outcome = run(TEXT, edited, claim);
    expect(outcome).toMatchObject({ status: 'anchored', moved: true });
    if (outcome.status !== 'anchored') throw new Error();
    expect(edited.slice(outcome.start, outcome.end)).toBe('جلستَيْن منفصلتَيْن');
  });

  it('flags a corrected figure inside a claim as modified, with the new text', () => {
    const claim = claimAt(TEXT, 'ارتفعت نسبة البطالة إلى 3.5% في عام 2013');
    const edited = TEXT.replace('3.5%', '3.7%');
    const outcome = run(TEXT, edited, claim);
    expect(outcome.status).toBe('modified');
    if (outcome.status !== 'modified') throw new Error();
    expect(edited.slice(outcome.start, outcome.end)).toBe('ارتفعت نسبة البطالة إلى 3.7% في عام 2013');
  });

  it('finds the exact quote again when the whole text was replaced, choosing the repeat by context', () => {
    const old = 'الوفد قال نعم. ثم قال الوفد نعم مرة أخرى.';
    const claim = claimAt(old, 'نعم', 1);
    const replaced = 'مقدمة جديدة تماما. ' + old;
    const outcome = run(old, replaced, claim, false);
    expect(outcome.status).toBe('anchored');
    if (outcome.status !== 'anchored') throw new Error();
    expect(outcome.start).toBe(replaced.indexOf('نعم', replaced.indexOf('ثم')));
  });

  it('matches after normalisation when only harakat or digit forms changed', () => {
    const claim = claimAt(TEXT, 'جلستَيْن منفصلتَيْن');
    const edited = TEXT.replace('جلستَيْن منفصلتَيْن', 'جلستين منفصلتين');
    const outcome = run(TEXT, edited, claim, false);
    expect(outcome).toMatchObject({ status: 'normalised', differences: [] });
    if (outcome.status !== 'normalised') throw new Error();
    expect(edited.slice(outcome.start, outcome.end)).toBe('جلستين منفصلتين');
  });

  it('only suggests a place found after normalisation when the context around it changed', () => {
    const claim = claimAt(TEXT, 'جلستَيْن منفصلتَيْن');
    const edited = 'نص جديد كليا عن الموضوع. عقد الإبراهيمي جلستين منفصلتين مع الوفدين.';
    const outcome = run(TEXT, edited, claim, false);
    expect(outcome.status).toBe('fuzzy');
    if (outcome.status !== 'fuzzy') throw new Error();
    expect(edited.slice(outcome.suggestion.start, outcome.suggestion.end)).toBe('جلستين منفصلتين');
  });

  it('suggests an approximate match without attaching it', () => {
    const claim = claimAt(TEXT, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف');
    const edited = 'وكالعادة، عقد المبعوث الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف الوطني.';
    const outcome = run(TEXT, edited, claim, false);
    expect(outcome.status).toBe('fuzzy');
    if (outcome.status !== 'fuzzy') throw new Error();
    expect(edited.slice(outcome.suggestion.start, outcome.suggestion.end)).toContain('المبعوث الإبراهيمي');
  });

  it('follows a claim whose paragraph moved, as anchored', () => {
    const [first, second] = TEXT.split('\n') as [string, string];
    const claim = claimAt(TEXT, 'ارتفعت نسبة البطالة إلى 3.5%');
    const swapped = `${second}\n${first}`;
    const outcome = run(TEXT, swapped, claim);
    expect(outcome).toMatchObject({ status: 'anchored', moved: true, start: swapped.indexOf('ارتفعت نسبة البطالة إلى 3.5%') });
  });

  it('orphans a claim whose sentence was deleted', () => {
    const claim = claimAt(TEXT, 'ارتفعت نسبة البطالة إلى 3.5%');
    const edited = TEXT.split('\n')[0]!;
    expect(run(TEXT, edited, claim).status).toBe('orphaned');
  });

  it('does not count an insertion beside a claim that repeats its edge as touching it', () => {
    const old = 'abcd efgh';
    const claim = { start: 2, end: 4, quote: 'cd', ...spanContext(old, 2, 4) };
    const edited = 'abccd efgh';
    const outcome = run(old, edited, claim);
    expect(outcome).toMatchObject({ status: 'anchored', start: 3, end: 5 });
  });
});

/**
 * False flags (issue 19): an untouched claim beside an edit, whose quote also stands elsewhere with more of
 * its stored context, stays anchored when that other place is a passage the diff accounts for (it stood
 * there, told apart from the claim, before the edit).
 */
describe('reanchor: an untouched claim next to an edit stays anchored', () => {
  const cases = [
    {
      language: 'Arabic',
      text: 'قال إن سوق العمل تحسن هذا العام.\nوفي المؤتمر الصحفي قال إن سوق العمل تحسن هذا العام.',
      quote: 'سوق العمل تحسن',
      edit: (text: string) => text.replace('تحسن هذا', 'تحسن كثيرًا هذا'),
      before: (text: string) => text.replace('قال إن سوق', 'قال الوزير إن سوق'),
    },
    {
      language: 'English',
      text: 'He said the labour market improved this year.\nAt the press conference he said the labour market improved this year.',
      quote: 'the labour market improved',
      edit: (text: string) => text.replace('improved this', 'improved sharply this'),
      before: (text: string) => text.replace('He said the', 'He said again that the'),
    },
  ];
  for (const { language, text, quote, edit, before } of cases) {
    it(`${language}: a word inserted just after the quote`, () => {
      const claim = claimAt(text, quote);
      const edited = edit(text);
      expect(run(text, edited, claim)).toEqual({ status: 'anchored', start: edited.indexOf(quote), end: edited.indexOf(quote) + quote.length, moved: false });
    });
    it(`${language}: a word inserted just before the quote`, () => {
      const claim = claimAt(text, quote);
      const edited = before(text);
      const start = edited.indexOf(quote);
      expect(run(text, edited, claim)).toEqual({ status: 'anchored', start, end: start + quote.length, moved: true });
    });
    it(`${language}: the same quote in the other paragraph, whose own context changed, is still found`, () => {
      const claim = claimAt(text, quote, 1);
      const edited = edit(text);
      const start = edited.indexOf(quote, edited.indexOf('\n'));
      expect(run(text, edited, claim)).toMatchObject({ status: 'anchored', start, end: start + quote.length });
    });
  }
});

const piece = fc.constantFrom(
  'جلستَيْن', 'الأمم', 'إسرائيل', 'مؤتمر', '«جنيف2»', 'وفد', 'ة', 'ـ', '٢٠١٤', '2014', 'UN', 'Geneva', 'é', '😀', '👨‍👩‍👧', ' ', ' ', ' ', '. ', '،', '\n',
);
const text = fc.array(piece, { minLength: 4, maxLength: 40 }).map((parts) => parts.join(''));

/** Grapheme boundaries of a text. */
function boundaries(value: string): number[] {
  const result: number[] = [];
  for (let i = 0; i <= value.length; i += 1) if (isGraphemeBoundary(value, i)) result.push(i);
  return result;
}

/**
 * Inserted text comes from words that the base texts never contain: when an
 * insertion repeats neighbouring text, several equally short edits explain the
 * change and "the same characters" stops being defined.
 */
const insertedPiece = fc.constantFrom('قالت', 'الوزارة', '٣٫٥', 'Reuters', 'ñ', '🇸🇾', ' ', '؛ ');

const scenario = fc
  .record({ text, insert: fc.array(insertedPiece, { maxLength: 4 }).map((parts) => parts.join('')), picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }) })
  .map(({ text: value, insert, picks }) => {
    const points = boundaries(value);
    const pick = (n: number) => points[picks[n]! % points.length]!;
    const [s, e] = [pick(0), pick(1)].sort((x, y) => x - y) as [number, number];
    const [a, b] = [pick(2), pick(3)].sort((x, y) => x - y) as [number, number];
    return { text: value, s, e, a, b, insert };
  })
  .filter(({ text: value, s, e }) => e > s && value.slice(s, e).trim() !== '');

/**
 * Whether `outcome` puts the claim on the same characters under some minimal
 * reading of a single edit: unmoved with everything up to its end unchanged, or
 * shifted by the length change with everything from its start unchanged.
 */
function sameCharacters(oldText: string, edited: string, s: number, e: number, start: number, end: number): boolean {
  const delta = edited.length - oldText.length;
  if (start === s && end === e && edited.slice(0, e) === oldText.slice(0, e)) return true;
  return start === s + delta && end === e + delta && edited.slice(start) === oldText.slice(s);
}

describe('reanchor (properties)', () => {
  it('re-anchors a claim that an edit did not touch to the same characters', () => {
    fc.assert(
      fc.property(
        // Apart from the claim by at least one character: an edit right at its edge can join letters to
        // its first or last word («وفد» → «الموفد»), which changes the word and is flagged (issue 19).
        scenario.filter(({ s, e, a, b }) => b < s || a > e),
        ({ text: value, s, e, a, b, insert }) => {
          // An edit, not a replacement of most of the text: with little left standing the diff is not used,
          // and a claim whose context is gone is only suggested (issue 19: never silently placed).
          fc.pre(b - a + insert.length <= value.length / 2);
          const edited = value.slice(0, a) + insert + value.slice(b);
          // A quote that stands once: where it repeats, a repeat whose context agrees more than the
          // claim's edited surroundings makes it a reviewer's call (issue 19), tested in reanchor.properties.test.ts.
          fc.pre(edited.indexOf(value.slice(s, e)) === edited.lastIndexOf(value.slice(s, e)));
          const claim = { start: s, end: e, quote: value.slice(s, e), ...spanContext(value, s, e) };
          const outcome = run(value, edited, claim);
          expect(outcome.status).toBe('anchored');
          if (outcome.status !== 'anchored') return;
          expect(sameCharacters(value, edited, s, e, outcome.start, outcome.end)).toBe(true);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });

  it('flags a claim whose quote an edit changed: modified when most of it remains, never anchored as unchanged', () => {
    fc.assert(
      fc.property(
        scenario.filter(({ s, e, a, b }) => (a < e && b > s) || (a === b && a > s && a < e)),
        ({ text: value, s, e, a, b, insert }) => {
          const edited = value.slice(0, a) + insert + value.slice(b);
          const quote = value.slice(s, e);
          // Where the quote still stands somewhere, another reading of the edit may keep it.
          fc.pre(!edited.includes(quote));
          const claim = { start: s, end: e, quote, ...spanContext(value, s, e) };
          const outcome = run(value, edited, claim);
          expect(outcome.status).not.toBe('anchored');
          const touched = a === b ? 1 : Math.min(b, e) - Math.max(a, s);
          const kept = value.slice(s, Math.max(s, Math.min(a, e))) + value.slice(Math.min(e, Math.max(b, s)), e);
          if (outcome.status === 'modified') expect(edited.slice(outcome.start, outcome.end)).not.toBe(quote);
          // A small edit (the text is edited, not replaced) that leaves most of the quote standing,
          // and not just white space: the claim follows it, flagged.
          const smallEdit = b - a + insert.length <= value.length / 2;
          if (smallEdit && touched <= quote.length / 4 && kept.trim() !== '') expect(['modified', 'normalised']).toContain(outcome.status);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });

  it('never throws and puts every offset on a grapheme boundary', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), ({ text: value, s, e, a, b, insert }, withDiff) => {
        const edited = value.slice(0, a) + insert + value.slice(b);
        const claim = { start: s, end: e, quote: value.slice(s, e), ...spanContext(value, s, e) };
        const outcome = run(value, edited, claim, withDiff);
        const spans =
          outcome.status === 'orphaned' ? [] : outcome.status === 'fuzzy' ? [outcome.suggestion] : [{ start: outcome.start, end: outcome.end }];
        for (const span of spans) {
          expect(span.end).toBeGreaterThan(span.start);
          expect(isGraphemeBoundary(edited, span.start)).toBe(true);
          expect(isGraphemeBoundary(edited, span.end)).toBe(true);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });
});

describe('reanchor: an untouched claim in a paragraph that stands several times stays where the diff kept its surroundings (issue 19, fourth session)', () => {
  const P = 'استأنف مؤتمر «جنيف2» أعماله في قصر الأمم المتحدة بجنيف. وكالعادة، عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف الوطني السوري.';
  const Q = 'وقد ارتفعت نسبة البطالة إلى 3.5% في عام 2013 بحسب الأرقام الرسمية.';
  const old = [Q, P, Q, P, Q, P].join('\n');
  const claim = claimAt(old, 'استأنف مؤتمر', 1);
  const second = (text: string) => text.indexOf('استأنف مؤتمر', text.indexOf('استأنف مؤتمر') + 1);

  it('several small edits beside it (over 30% of the text around it, each a word written new) leave it anchored on its own place', () => {
    const edited = [Q, P, Q, P.replace('أعماله في قصر الأمم المتحدة بجنيف', 'أعماله صباحًا قصر الموفد المتحدة الخميس بجنيف').replace('وكالعادة', 'الإقليمي'), Q, P].join('\n');
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: second(edited) });
  });

  it('a word added in the paragraph before it leaves it on its own place, not on an identical paragraph elsewhere', () => {
    const edited = [Q, P, Q.replace('الرسمية', 'الخميس الرسمية'), P, Q, P].join('\n');
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: second(edited) });
  });
});

describe('reanchor: the diff and the old text decide where the stored context cannot (issue 19, fifth session)', () => {
  it('a word written on each side of a quote, folded by the diff into one change with it, leaves the claim anchored at its place', () => {
    const old = 'أكثر من مليون الحكومة الجديدة.\nمع وفد الائتلاف كما أكّد. أكثر من مليون أدّى إلى.\nقال إن المستشفى الميداني أكثر من مليون.';
    const edited = old.replace('أكثر من مليون أدّى', 'أكثر تقريبًا من مليون الإقليمي أدّى');
    const claim = claimAt(old, 'من مليون', 1);
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: edited.indexOf('من مليون الإقليمي') });
  });

  it('the claim goes to its whole sentence, standing once, when the diff paired it with a copy of the sentence start inserted before it', () => {
    const old = 'نسبة البطالة نسبة البطالة.\nالمستشفى الميداني مع وفد الائتلاف. في عام ٢٠١٣ وزارة الصحة بحسب الأرقام الرسمية.\nقال إن وفد الائتلاف.';
    const edited = old
      .replace('الميداني مع وفد الائتلاف.', 'الميداني مع وفد الائتلاف الخميس صباحًا. المستشفى الميداني مع وفد الائتلاف.')
      .replace('في عام ٢٠١٣ وزارة الصحة', 'في عام ٢٠١٣ وزارة المفوضية المفوضية. في عام ٢٠١٣ وزارة الصحة');
    const claim = claimAt(old, 'وفد الائتلاف');
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: edited.indexOf('وفد الائتلاف. في عام') });
  });

  it('a copy of the quote written beside the claim with none of its context does not unsettle it', () => {
    const old = 'the field hospital led to in 2013. the health ministry said that more than a million more than a million rising prices.';
    const edited = `Thursday field hospital led to in 2013 morning. ${old}`;
    const claim = claimAt(old, 'field hospital led to in 2013');
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: edited.indexOf('field hospital led to in 2013.') });
  });

  it('a one-word quote edited on both sides stays at the diff\'s place between the same unchanged anchors, though the word stands elsewhere', () => {
    const old = 'في عام ٢٠١٣ جلستَيْن منفصلتَيْن.\nبحسب الأرقام الرسمية الأمم المتحدة. كما أكّد مبادرة السلام.\nإلى حد كبير كما أكّد الأمم المتحدة. الأمم المتحدة. كما أكّد مبادرة السلام.';
    const edited = old.replace('الأرقام الرسمية الأمم المتحدة. كما أكّد مبادرة السلام.\n', 'الأرقام المفوضية الرسمية الأمم المتحدة. كما مبادرة.\n');
    const claim = claimAt(old, 'كما');
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: edited.indexOf('كما مبادرة.') });
  });

  it('in one of several identical paragraphs, edited on both sides of the claim, it stays between its anchors rather than on an untouched twin', () => {
    const P = 'وقد نشرت المعارضة السورية «الائتلاف الوطني السوري» العديد من الوثائق التي تؤكد «الشراكة والانصهار بين نظام بشار وتنظيم داعش».';
    const Q = 'وكشفت الوثائق أن التنظيم الإرهابي هو أصلاً من صنع النظام.';
    const old = [P, Q, P, Q, P, Q].join('\n');
    const changed = P.replace('وقد نشرت المعارضة السورية «الائتلاف الوطني السوري»', 'وقد تقريبًا المعارضة مراسلنا صباحًا الإقليمي السوري»').replace(
      '«الشراكة والانصهار بين نظام بشار',
      '«الشراكة الموفد والانصهار صباحًا نظام الخميس بشار',
    );
    const edited = [P, Q, changed, Q, P, Q].join('\n');
    const claim = claimAt(old, 'التي تؤكد', 1);
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: edited.indexOf(changed) + changed.indexOf('التي تؤكد') });
  });
});

describe('reanchor: a claim at the text\'s start whose paragraph moved among identical ones (issue 19, fifth session)', () => {
  const P = 'استأنف مؤتمر «جنيف2» أعماله في قصر الأمم المتحدة بجنيف. وكالعادة، عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن.';
  const Q = 'وقد ارتفعت نسبة البطالة إلى 3.5% في عام 2013 بحسب الأرقام الرسمية.';
  const old = [P, Q, P, Q, P, Q].join('\n');
  const claim = claimAt(old, 'استأنف مؤتمر');

  it('goes to the nearest identical paragraph when as many stand as before and none at the start', () => {
    const edited = [Q, P, Q, P, Q, P].join('\n');
    expect(run(old, edited, claim)).toMatchObject({ status: 'anchored', start: edited.indexOf(P) });
  });

  it('is flagged when one of those paragraphs was edited (its own may be the one)', () => {
    const edited = [Q, P, Q, P.replace('أعماله في قصر', 'أعماله صباحًا في قصر'), Q, Q].join('\n');
    expect(run(old, edited, claim).status).toBe('fuzzy');
  });
});
