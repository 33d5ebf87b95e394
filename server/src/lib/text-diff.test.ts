import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonLength, diffTexts, mapOffset, tokenize } from './text-diff.ts';

function apply(oldText: string, newText: string) {
  const diff = diffTexts(oldText, newText);
  if (!diff) throw new Error('no diff');
  return diff;
}

describe('tokenize', () => {
  const TOKEN = /[\p{L}\p{M}\p{N}\u200c\u200d]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;
  const cut = (text: string) => {
    const ids = new Map<string, number>();
    const tokens = tokenize(text, ids);
    const texts = [...ids.keys()];
    return Array.from({ length: tokens.count }, (_, i) => ({ text: texts[tokens.ids[i]!]!, start: tokens.starts[i]! }));
  };

  it('cuts a text exactly as the token expression does, surrogate pairs and lone surrogates included (property)', () => {
    const pieces = fc.constantFrom('جنيفُ', 'الأمم', '2014', '٣', 'UN', ' ', '\u00a0', '\n\n', '.', '؟', '«', '»', '\u200c', '\u0640', '😀', '𝐀', '\ud800', '\udc00', '\u0651', '\t', '\u2028', '-');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(cut(text)).toEqual(Array.from(text.matchAll(TOKEN), (match) => ({ text: match[0], start: match.index })));
      }),
      { numRuns: 500 },
    );
  });

  it('marks words, line breaks and full stops (the ends of units)', () => {
    const tokens = tokenize('قال.\nثم؟ لا', new Map());
    expect(Array.from(tokens.kinds)).toEqual([3, 2, 1, 3, 2, 0, 3]);
    expect(Array.from(tokens.starts)).toEqual([0, 3, 4, 5, 7, 8, 9, 11]);
  });
});

describe('commonLength', () => {
  /** The longest common subsequence's length by the textbook table. */
  const table = (a: string, b: string) => {
    let previous = new Array<number>(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i += 1) {
      const current = [0];
      for (let j = 1; j <= b.length; j += 1) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
      previous = current;
    }
    return previous[b.length]!;
  };

  it('agrees with the textbook table on stretches of any length, across word edges of 32 units (property)', () => {
    const unit = fc.constantFrom('ا', 'ل', 'م', 'ّ', 'َ', 'a', 'b', ' ', '\n');
    // Lengths drawn over the whole range (fast-check favours short arrays), so patterns span two and three words.
    const text = fc.array(unit, { maxLength: 100, size: 'max' }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, text, fc.nat(5), fc.nat(5), (a, b, padA, padB) => {
        // Inside longer texts, to hold the stretch bounds to account.
        const oldText = 'x'.repeat(padA) + a + 'y';
        const newText = 'z'.repeat(padB) + b;
        expect(commonLength(oldText, padA, padA + a.length, newText, padB, padB + b.length)).toBe(table(a, b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('diffTexts', () => {
  it('finds a changed word and keeps the rest equal', () => {
    const diff = apply('عقد الإبراهيمي جلستين اليوم', 'عقد الإبراهيمي ثلاث جلسات اليوم');
    expect(diff.runs.map((run) => run.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(diff.runs.filter((run) => run.op !== 'equal').map((run) => run.text)).toEqual(['جلستين', 'ثلاث جلسات']);
  });

  it('refines a change inside a word to the characters that differ', () => {
    const diff = apply('rose 3.5% in 2013', 'rose 3.7% in 2013');
    expect(diff.hunks).toEqual([{ oldStart: 7, oldEnd: 8, newStart: 7, newEnd: 8 }]);
  });

  it('gives no hunks for equal texts', () => {
    expect(apply('same text', 'same text').hunks).toEqual([]);
  });

  it('rebuilds the new text from the runs (property)', () => {
    const words = fc.constantFrom('جنيف', 'الأمم', 'جلستَيْن', '2014', 'UN', ' ', '. ', '«', '»', '\n', '😀');
    const text = fc.array(words, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const diff = apply(oldText, newText);
        const rebuiltNew = diff.runs.filter((run) => run.op !== 'delete').map((run) => run.text).join('');
        const rebuiltOld = diff.runs.filter((run) => run.op !== 'insert').map((run) => run.text).join('');
        expect(rebuiltNew).toBe(newText);
        expect(rebuiltOld).toBe(oldText);
        for (const hunk of diff.hunks) {
          expect(hunk.oldStart).toBeLessThanOrEqual(hunk.oldEnd);
          expect(hunk.newStart).toBeLessThanOrEqual(hunk.newEnd);
        }
      }),
    );
  });
});

describe('mapOffset', () => {
  const oldText = 'one two three four';
  const newText = 'one 2 three four five';
  const { hunks } = apply(oldText, newText);

  it('shifts offsets after a change', () => {
    expect(mapOffset(hunks, oldText.indexOf('three'), 1)).toEqual({ offset: newText.indexOf('three'), inside: null });
  });

  it('keeps offsets before a change', () => {
    expect(mapOffset(hunks, 0, 1)).toEqual({ offset: 0, inside: null });
  });

  it('reports an offset inside replaced text', () => {
    expect(mapOffset(hunks, oldText.indexOf('two') + 1, 1).inside).not.toBeNull();
  });
});

describe('diffTexts over sentences (issue 19)', () => {
  it('many small edits close together still map the words between them one by one', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
    const before = `${words.join(' ')}.\nend.`;
    // Every fourth word replaced: the equal stretches between edits are short, the change region large.
    const after = `${words.map((word, i) => (i % 4 === 0 ? `n${i}` : word)).join(' ')}.\nend.`;
    const diff = diffTexts(before, after)!;
    const word = before.indexOf('w61');
    expect(mapOffset(diff.hunks, word, 1)).toEqual({ offset: after.indexOf('w61'), inside: null });
  });

  it('a kept sentence that a rewritten sentence without its full stop runs into is still paired whole', () => {
    const sentence = (i: number) => `${Array.from({ length: 10 }, (_, w) => `s${i}w${w}`).join(' ')}.`;
    const before = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');
    // Sentences 2-9 rewritten in three words they never had, but 3 and 7 kept; the rewritten sentence before each
    // kept one has no full stop, so it runs into it (as the bench's rewritten article does).
    const kept = [3, 7];
    const rewritten = (i: number) => `${Array.from({ length: 3 }, (_, w) => `r${i}x${w}`).join(' ')}${kept.includes(i + 1) ? '' : '.'}`;
    const middle = [2, 3, 4, 5, 6, 7, 8, 9].map((i) => (kept.includes(i) ? sentence(i) : rewritten(i)));
    const after = [sentence(0), sentence(1), ...middle, sentence(10), sentence(11)].join(' ');
    const diff = diffTexts(before, after)!;
    for (const i of kept) {
      expect(mapOffset(diff.hunks, before.indexOf(`s${i}w4`), 1)).toEqual({ offset: after.indexOf(`s${i}w4`), inside: null });
    }
  });
});

describe('diffTexts slides an insertion or deletion to begin a sentence (issue 19)', () => {
  it('a copied sentence start right after another insertion slides past that insertion as slid, and the two become one', () => {
    // (The shrunk texts of a property-test counterexample: repeated phrases make the raw diff place both insertions late.)
    const head = 'the labour market the labour market. the labour market said that the labour market the health ministry. ';
    const tail = 'said that the field hospital the labour market. the labour market the labour market. the labour market said that.\n';
    const before = `${head}${tail}the labour market the labour market.`;
    const after = `${head}said morning Reuters. said that the field hospital the labour reportedly roughly. ${tail}the envoy morning. the labour market the labour market.`;
    const diff = diffTexts(before, after)!;
    const claim = before.indexOf('the labour market.', head.length);
    expect(mapOffset(diff.hunks, claim, 1)).toEqual({ offset: after.indexOf('the labour market.', head.length), inside: null });
    expect(diff.hunks[0]).toEqual({ oldStart: head.length, oldEnd: head.length, newStart: head.length, newEnd: after.indexOf(tail) });
  });
  it('a copy of a sentence start inserted before it is the insertion; the original keeps its pairing', () => {
    const before = 'قال الوزير كلامًا. بحسب الأرقام الرسمية ارتفعت الأسعار كثيرًا.';
    const after = 'قال الوزير كلامًا. بحسب الأرقام الرسمية رويترز صباحًا. بحسب الأرقام الرسمية ارتفعت الأسعار كثيرًا.';
    const diff = apply(before, after);
    // The inserted text is the new sentence, starting where a sentence starts.
    expect(diff.hunks).toHaveLength(1);
    expect(after.slice(diff.hunks[0]!.newStart, diff.hunks[0]!.newEnd)).toBe('بحسب الأرقام الرسمية رويترز صباحًا. ');
    const quote = before.indexOf('الرسمية');
    expect(mapOffset(diff.hunks, quote, 1).offset).toBe(after.lastIndexOf('الرسمية'));
  });

  it('the hunks turn the old text into the new one (property)', () => {
    const words = fc.constantFrom('سوق', 'العمل', 'the', 'market', ' ', '. ', '.', '\n');
    const text = fc.array(words, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const diff = apply(oldText, newText);
        let rebuilt = '';
        let at = 0;
        for (const hunk of diff.hunks) {
          expect(hunk.oldStart).toBeGreaterThanOrEqual(at);
          rebuilt += oldText.slice(at, hunk.oldStart) + newText.slice(hunk.newStart, hunk.newEnd);
          at = hunk.oldEnd;
        }
        expect(rebuilt + oldText.slice(at)).toBe(newText);
      }),
    );
  });
});
