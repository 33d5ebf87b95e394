/**
 * Re-anchoring bench (issue 19): Sanad's re-anchoring against the Hypothesis
 * client's way of finding a quote again (`approx-string-match` with its
 * `matchQuote` scoring), on the same generated corpus with known ground truth
 * (server/src/modules/revisions/reanchor-corpus.ts), per kind of edit, in
 * Arabic and English; then on the 200,000-character benchmark article.
 *
 * Per edit kind and method it prints: untouched claims found exactly (%),
 * touched claims flagged (%), claims silently wrong (count), grapheme splits
 * (count), false flags (% of untouched claims) and time per 1,000 claims.
 * Definitions (the same for both methods):
 * - untouched exact: a silent placement on the claim's true span (or on a place
 *   indistinguishable from it, see below);
 * - silent: a placement given without asking a reviewer (Sanad: `anchored`, or
 *   `normalised` with no word-changing difference; the peer: any match);
 * - silently wrong: a silent placement of an untouched claim anywhere but its
 *   true span, or of a touched claim where its words no longer stand (not
 *   overlapping their span, or they are gone). A placement whose 32 characters
 *   of context on both sides and quote are all identical to the claim's is
 *   indistinguishable and not counted;
 * - touched flagged: a touched claim given to a reviewer (Sanad: any other
 *   status; the peer: no match), or, when only harakat or tatweel changed,
 *   placed quietly on its true span.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import approxSearch from 'approx-string-match';
import { isGraphemeBoundary } from '@sanad/shared/text/graphemes';
import { diffTexts } from '@sanad/server/lib/text-diff';
import { type AnchorOutcome, reanchor, revisionContext } from '@sanad/server/modules/revisions/reanchor';
import { EDIT_KINDS, type EditKind, type ReanchorCase, type TruthClaim } from '@sanad/server/modules/revisions/reanchor-corpus';
import { articleCases, corpus } from './reanchor-cases.ts';

interface Span {
  start: number;
  end: number;
}

/** What a method did with one claim: a span, and whether it was given without asking a reviewer. */
interface Placement {
  span: Span | null;
  silent: boolean;
}

/** A re-anchoring method: everything it does for one revision, one placement per claim. */
type Method = (oldText: string, newText: string, claims: TruthClaim[]) => Placement[];

function sanadPlacement(outcome: AnchorOutcome): Placement {
  switch (outcome.status) {
    case 'anchored':
      return { span: outcome, silent: true };
    case 'normalised':
      // Before issue 19 a normalised outcome carried no differences and was always quiet.
      return { span: outcome, silent: (outcome as { differences?: unknown[] }).differences?.length !== undefined ? (outcome as { differences: unknown[] }).differences.length === 0 : true };
    case 'modified':
      return { span: outcome, silent: false };
    case 'fuzzy':
      return { span: outcome.suggestion, silent: false };
    case 'orphaned':
      return { span: null, silent: false };
  }
}

const sanad: Method = (oldText, newText, claims) => {
  const context = revisionContext(oldText, newText, diffTexts(oldText, newText));
  return claims.map((claim) => sanadPlacement(reanchor(claim.input, context)));
};

/**
 * The peer, written after hypothesis/client src/annotator/anchoring (match-quote.ts,
 * types.ts): the stored position first when the text there is still the quote, else
 * the quote matcher with the old start as hint: exact occurrences if any, else
 * approx-string-match within min(256, length/2) errors, each candidate scored
 * 50·quote + 20·prefix + 20·suffix + 2·position.
 */
const peer: Method = (_oldText, newText, claims) =>
  claims.map(({ input }) => {
    if (newText.slice(input.start, input.end) === input.quote) return { span: { start: input.start, end: input.end }, silent: true };
    const match = matchQuote(newText, input.quote, { prefix: input.prefix, suffix: input.suffix, hint: input.start });
    return { span: match, silent: match !== null };
  });

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function search(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  if (exact.length > 0) return exact;
  return approxSearch(text, pattern, maxErrors);
}

function textMatchScore(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const matches = search(text, pattern, pattern.length);
  return 1 - matches[0]!.errors / pattern.length;
}

function matchQuote(text: string, quote: string, context: { prefix: string; suffix: string; hint: number }): Span | null {
  if (quote.length === 0) return null;
  const matches = search(text, quote, Math.min(256, quote.length / 2));
  if (matches.length === 0) return null;
  let best: Span | null = null;
  let bestScore = -Infinity;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1;
    const posScore = 1 - Math.abs(match.start - context.hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = { start: match.start, end: match.end };
    }
  }
  return best;
}

/** Figures of one method on one edit kind. */
interface KindFigures {
  claims: number;
  untouched: number;
  untouchedExact: number;
  falseFlags: number;
  touched: number;
  touchedFlagged: number;
  silentlyWrong: number;
  graphemeSplits: number;
  ms: number;
}

function indistinguishable(text: string, span: Span, claim: TruthClaim): boolean {
  const { quote, prefix, suffix } = claim.input;
  return text.slice(span.start, span.end) === quote && text.slice(span.start - prefix.length, span.start) === prefix && text.slice(span.end, span.end + suffix.length) === suffix;
}

/** Scores what one method placed over cases (its first run), with the best time of its runs. */
function score(cases: ReanchorCase[], placements: Placement[][], ms: number): KindFigures {
  const figures: KindFigures = { claims: 0, untouched: 0, untouchedExact: 0, falseFlags: 0, touched: 0, touchedFlagged: 0, silentlyWrong: 0, graphemeSplits: 0, ms };
  cases.forEach((item, c) => {
    item.claims.forEach((claim, i) => {
      const { span, silent } = placements[c]![i]!;
      figures.claims += 1;
      if (span && (!isGraphemeBoundary(item.newText, span.start) || !isGraphemeBoundary(item.newText, span.end))) figures.graphemeSplits += 1;
      const exact =
        span !== null &&
        ((claim.truth !== null && span.start === claim.truth.start && span.end === claim.truth.end) || (!claim.touched && indistinguishable(item.newText, span, claim)));
      if (!claim.touched) {
        figures.untouched += 1;
        if (silent && exact) figures.untouchedExact += 1;
        if (!silent) figures.falseFlags += 1;
        if (silent && !exact && !indistinguishable(item.newText, span!, claim)) figures.silentlyWrong += 1;
        return;
      }
      figures.touched += 1;
      if (!silent || (claim.marksOnly && exact)) figures.touchedFlagged += 1;
      const overlaps = span !== null && claim.truth !== null && span.start < claim.truth.end && claim.truth.start < span.end;
      if (silent && !overlaps && !indistinguishable(item.newText, span!, claim)) figures.silentlyWrong += 1;
    });
  });
  return figures;
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
const per1000 = (f: KindFigures) => `${((f.ms / Math.max(1, f.claims)) * 1000).toFixed(1)} ms`;

interface Line {
  set: string;
  kind: EditKind;
  method: string;
  figures: KindFigures;
}

// A full collection before each timed run: else one method's garbage (the peer makes much) is collected in the next
// one's time.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Times every kind with both methods over one set of cases, the best of `rounds` runs each. The rounds go through all
 * kinds and methods in turn, so the compiler's warming and the machine's drift fall on all of them alike: timed one
 * kind after another, the first kind paid for compiling the code all kinds share (scattered edits looked a tenth
 * slower than the kinds after them, and rewrites relatively cheaper).
 */
function measureSet(set: string, casesOf: (kind: EditKind) => ReanchorCase[], rounds: number): Line[] {
  const entries = EDIT_KINDS.flatMap((kind) => {
    const cases = casesOf(kind);
    return (
      [
        ['sanad', sanad],
        ['peer', peer],
      ] as const
    ).map(([name, method]) => ({ kind, name, method, cases, best: Infinity, placements: [] as Placement[][] }));
  });
  for (let round = 0; round < rounds; round += 1) {
    for (const entry of entries) {
      collect();
      const started = performance.now();
      const results = entry.cases.map((item) => entry.method(item.oldText, item.newText, item.claims));
      entry.best = Math.min(entry.best, performance.now() - started);
      if (round === 0) entry.placements = results;
    }
  }
  return entries.map((entry) => ({ set, kind: entry.kind, method: entry.name, figures: score(entry.cases, entry.placements, entry.best) }));
}

const runs = Number(process.env.REANCHOR_CASES ?? 40);
const articleClaims = Number(process.env.REANCHOR_ARTICLE_CLAIMS ?? 2000);
const lines: Line[] = [
  ...measureSet('generated', (kind) => corpus(kind, runs, 1900), 10),
  ...measureSet('article 200k', (kind) => articleCases(kind, articleClaims), 5),
];

const pad = (value: string, width: number) => value.padEnd(width);
console.log(
  `\n${pad('re-anchoring', 36)} ${pad('method', 6)} ${pad('claims', 7)} ${pad('untouched exact', 16)} ${pad('false flags', 12)} ${pad('touched flagged', 16)} ${pad('silently wrong', 15)} ${pad('grapheme splits', 16)} per 1,000 claims`,
);
for (const { set, kind, method, figures: f } of lines) {
  console.log(
    `${pad(`${set}: ${kind}`, 36)} ${pad(method, 6)} ${pad(String(f.claims), 7)} ${pad(pct(f.untouchedExact, f.untouched), 16)} ${pad(pct(f.falseFlags, f.untouched), 12)} ` +
      `${pad(pct(f.touchedFlagged, f.touched), 16)} ${pad(String(f.silentlyWrong), 15)} ${pad(String(f.graphemeSplits), 16)} ${per1000(f)}`,
  );
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/reanchor-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, import.meta.url);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), casesPerLanguage: runs, articleClaims, lines }, null, 2));
console.log(`\nRaw figures: ${file.pathname}`);
