/**
 * Diagnostic of the re-anchoring bench's false flags (issue 19): for every
 * untouched claim of the bench's cases (bench/reanchor-cases.ts) that Sanad
 * gives to a reviewer, prints the kind, the quote, its old and new
 * neighbourhoods, the diff's hunks near it and the rule that refused it (the
 * `note` of `reanchor`), then counts them per rule.
 *
 *   npx tsx bench/reanchor-diagnose.ts [kind ...]     (REANCHOR_CASES, REANCHOR_ARTICLE_CLAIMS as for the bench)
 */
import { diffTexts } from '@sanad/server/lib/text-diff';
import { reanchor, revisionContext } from '@sanad/server/modules/revisions/reanchor';
import { EDIT_KINDS, type EditKind, type ReanchorCase } from '@sanad/server/modules/revisions/reanchor-corpus';
import { articleCases, corpus } from './reanchor-cases.ts';

const kinds = process.argv.slice(2).length > 0 ? (process.argv.slice(2) as EditKind[]) : [...EDIT_KINDS];
const runs = Number(process.env.REANCHOR_CASES ?? 40);
const articleClaims = Number(process.env.REANCHOR_ARTICLE_CLAIMS ?? 2000);
const show = (text: string) => JSON.stringify(text);
const groups = new Map<string, number>();

function diagnose(set: string, cases: ReanchorCase[]): void {
  for (const item of cases) {
    const diff = diffTexts(item.oldText, item.newText);
    const context = revisionContext(item.oldText, item.newText, diff);
    for (const claim of item.claims) {
      if (claim.touched) continue;
      const notes: string[] = [];
      const outcome = reanchor(claim.input, context, (why) => notes.push(why));
      const silent = outcome.status === 'anchored' || (outcome.status === 'normalised' && outcome.differences.length === 0);
      if (silent) continue;
      const { start, end, quote } = claim.input;
      const truth = claim.truth!;
      const rule = notes.at(-1)?.replace(/[=:][^ ]*/gu, '') ?? outcome.status;
      groups.set(`${set}: ${item.kind}: ${rule}`, (groups.get(`${set}: ${item.kind}: ${rule}`) ?? 0) + 1);
      console.log(`\n=== ${set}: ${item.kind} (${item.language}) «${quote}» old ${start} → truth ${truth.start}; ${JSON.stringify(outcome)}`);
      for (const why of notes) console.log(`  why: ${why}`);
      console.log(`  old: ${show(item.oldText.slice(Math.max(0, start - 90), start))} [${quote}] ${show(item.oldText.slice(end, end + 90))}`);
      console.log(`  new: ${show(item.newText.slice(Math.max(0, truth.start - 90), truth.start))} [${quote}] ${show(item.newText.slice(truth.end, truth.end + 90))}`);
      const occurrences = (text: string) => text.split(quote).length - 1;
      console.log(`  occurrences of the quote: old ${occurrences(item.oldText)}, new ${occurrences(item.newText)}`);
      for (const hunk of diff?.hunks ?? []) {
        if (hunk.oldEnd < start - 160 || hunk.oldStart > end + 160) continue;
        console.log(`  hunk old ${hunk.oldStart}-${hunk.oldEnd} ${show(item.oldText.slice(hunk.oldStart, hunk.oldEnd))} → new ${hunk.newStart}-${hunk.newEnd} ${show(item.newText.slice(hunk.newStart, hunk.newEnd))}`);
      }
    }
  }
}

for (const kind of kinds) {
  diagnose('generated', corpus(kind, runs, 1900));
  diagnose('article 200k', articleCases(kind, articleClaims));
}
console.log('\nFalse flags per kind and refusing rule:');
for (const [group, count] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(3)}  ${group}`);
