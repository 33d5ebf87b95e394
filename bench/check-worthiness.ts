/**
 * Check-worthiness bench (issue #17, ADR 032): the scorer of
 * shared/src/check-worthiness at its default threshold on the labelled set
 * (bench/check-worthiness-set.ts), per language and half. The weights were
 * tuned on the tuning half only; the test half is the figure to quote.
 *
 *   npm run bench:suggest            # the table
 *   npm run bench:suggest -- --list         # also every tuning-half mistake (what tuning looks at)
 *   npm run bench:suggest -- --list --test  # every test-half mistake (for the report, not for tuning)
 */
import { DEFAULT_THRESHOLD, scoreSentence } from '@sanad/shared/check-worthiness/score';
import { type Half, type Language, type LabelledSentence, checkProvenance, labelledSet } from './check-worthiness-set.ts';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tally(rows: LabelledSentence[], threshold: number): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const suggested = scoreSentence(row.text).score >= threshold;
    if (suggested && row.checkWorthy) t.tp += 1;
    else if (suggested) t.fp += 1;
    else if (row.checkWorthy) t.fn += 1;
    else t.tn += 1;
  }
  return t;
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

const set = labelledSet();
await checkProvenance(set);
const list = process.argv.includes('--list');
const origins = new Map<string, number>();
for (const row of set) {
  const kind = row.origin.startsWith('fixture:') ? 'fixture' : row.origin;
  origins.set(kind, (origins.get(kind) ?? 0) + 1);
}
console.log(`Check-worthiness at the default threshold ${DEFAULT_THRESHOLD} (${set.length} labelled sentences: ${[...origins].map(([kind, n]) => `${n} ${kind}`).join(', ')})`);
console.log('language  half     sentences  worthy  precision  recall      F1');
for (const language of ['ar', 'en'] as Language[]) {
  for (const half of ['tuning', 'test'] as Half[]) {
    const rows = set.filter((r) => r.language === language && r.half === half);
    const t = tally(rows, DEFAULT_THRESHOLD);
    const precision = t.tp / (t.tp + t.fp);
    const recall = t.tp / (t.tp + t.fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `${language.padEnd(9)} ${half.padEnd(8)} ${String(rows.length).padStart(9)} ${String(t.tp + t.fn).padStart(7)}  ${pct(t.tp, t.tp + t.fp).padStart(9)}  ${pct(t.tp, t.tp + t.fn).padStart(6)}  ${Number.isFinite(f1) ? f1.toFixed(3) : 'n/a'}`,
    );
  }
}
// The sentences with a source outside this set (the sample article and the import test pages), both halves: too few to split.
const sourced = set.filter((row) => row.origin !== 'written');
for (const language of ['ar', 'en'] as Language[]) {
  const rows = sourced.filter((r) => r.language === language);
  const t = tally(rows, DEFAULT_THRESHOLD);
  console.log(`${language.padEnd(9)} sourced  ${String(rows.length).padStart(9)} ${String(t.tp + t.fn).padStart(7)}  ${pct(t.tp, t.tp + t.fp).padStart(9)}  ${pct(t.tp, t.tp + t.fn).padStart(6)}`);
}
if (list) {
  for (const row of set.filter((r) => r.half === (process.argv.includes('--test') ? 'test' : 'tuning'))) {
    const { score, features } = scoreSentence(row.text);
    if (score >= DEFAULT_THRESHOLD === row.checkWorthy) continue;
    console.log(`${row.checkWorthy ? 'MISSED' : 'FALSE '} ${score.toFixed(2)} [${features.map((f) => `${f.kind}:${f.text}`).join(', ')}] ${row.text}`);
  }
}
