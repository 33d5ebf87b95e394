/**
 * The labelled set for the check-worthiness bench (issue #17, ADR 032).
 *
 * Where the sentences come from, honestly:
 * - Arabic, from the sample article: every sentence of
 *   db/seed/geneva2-opinion.ar.txt (an opinion piece on the
 *   Geneva II conference, the sample article the project is built around), as
 *   `splitSentences` cuts it, labelled by hand in `ARTICLE_LABELS` below.
 * - Arabic and English, written for this set (bench/check-worthiness-data/ar.txt,
 *   en.txt): sentences written by the engineer who built the
 *   scorer, in the style of wire news (Reuters, AP, AFP, وكالة الأنباء) and of
 *   opinion columns, speeches and page furniture. The figures, names and events
 *   in them are invented or generic; none is a quotation of a real report. No
 *   third-party text is copied, so no licence applies.
 *
 * Labels (1 check-worthy, 0 not) follow ClaimBuster's "check-worthy factual
 * sentence": it states something about the world that could be verified and
 * that the public could care about (a figure, an event, who did or said what,
 * a cause). Opinions, recommendations, questions, rhetoric, greetings, page
 * furniture and personal anecdote are 0, whatever numbers or names they hold.
 * The labels were written with the sentences, before the weights were tuned,
 * and were not changed after looking at the scorer's answers.
 *
 * Split: a sentence belongs to the tuning half or the test half by the parity
 * of the FNV-1a hash of its text, so the split is deterministic, does not
 * depend on the order of the files, and a new sentence does not move others.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '@sanad/shared/check-worthiness/sentences';
import { canonicalText } from '@sanad/shared/text/normalize';

export type Language = 'ar' | 'en';
export type Half = 'tuning' | 'test';

/** One labelled sentence. */
export interface LabelledSentence {
  language: Language;
  text: string;
  checkWorthy: boolean;
  /** Where it comes from: `article` (the sample article) or `written` (written for this set). */
  origin: 'article' | 'written';
  half: Half;
}

/** The sample article the project is built around. */
export const SAMPLE_ARTICLE = new URL('../db/seed/geneva2-opinion.ar.txt', import.meta.url);

/**
 * Hand labels of the sample article's sentences, in order. 0 marks
 * interpretation of motives and purpose clauses ("ما يتيح للنظام…",
 * "والهدف هو…", "ليصبح…") that state no checkable fact of their own.
 */
export const ARTICLE_LABELS: readonly (0 | 1)[] = [1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1];

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function halfOf(text: string): Half {
  return fnv1a(text) % 2 === 0 ? 'tuning' : 'test';
}

function readWritten(language: Language): LabelledSentence[] {
  const file = new URL(`./check-worthiness-data/${language}.txt`, import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, text] = line.split('\t');
      if ((label !== '0' && label !== '1') || !text) throw new Error(`Bad line in ${file.pathname}: ${line}`);
      const canonical = canonicalText(text.trim());
      return { language, text: canonical, checkWorthy: label === '1', origin: 'written' as const, half: halfOf(canonical) };
    });
}

function readArticle(): LabelledSentence[] {
  const sentences = splitSentences(canonicalText(readFileSync(SAMPLE_ARTICLE, 'utf8')));
  if (sentences.length !== ARTICLE_LABELS.length) {
    throw new Error(`The sample article has ${sentences.length} sentences but ${ARTICLE_LABELS.length} labels.`);
  }
  return sentences.map((s, i) => ({ language: 'ar', text: s.text, checkWorthy: ARTICLE_LABELS[i] === 1, origin: 'article', half: halfOf(s.text) }));
}

/** Every labelled sentence, Arabic then English. */
export function labelledSet(): LabelledSentence[] {
  return [...readArticle(), ...readWritten('ar'), ...readWritten('en')];
}
