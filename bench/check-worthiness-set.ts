/**
 * The labelled set for the check-worthiness bench (issue #17, ADR 032).
 *
 * Every sentence says where it comes from (`origin`), and the loader checks
 * it (`checkProvenance`):
 * - `article`: the sample article the project is built around,
 *   db/seed/geneva2-opinion.ar.txt (the same file as the shared fixture
 *   geneva2-opinion.ar.txt), every sentence as `splitSentences` cuts it,
 *   labelled by hand in `ARTICLE_LABELS` below.
 * - `fixture:<file>`: a sentence of one of the import test pages in
 *   server/src/lib/extract/fixtures (the Arabic and English news pages with
 *   their ads, captions and comments, the windows-1256 page, the Word
 *   report); the text must occur in that file. Those pages were made for the
 *   import tests (make-fixtures.py); their outlets, people and figures are
 *   invented. Headings, related-story headlines and list fragments were left
 *   out: they are not sentences of the article.
 * - `written`: written for this set by the engineer who built the scorer, in
 *   the style of wire news, opinion columns, speeches and page furniture
 *   (bench/check-worthiness-data/ar.txt, en.txt). Their figures, names and
 *   events are invented or generic; none quotes a real report, and none has
 *   a source to cite. No third-party text is copied, so no licence applies.
 *
 * No sentence comes from a cited public text: none could be quoted here (see
 * ADR 032), and a citation is never made up.
 *
 * Labels (1 check-worthy, 0 not) follow ClaimBuster's "check-worthy factual
 * sentence": it states something about the world that could be verified and
 * that the public could care about (a figure, an event, who did or said what,
 * a cause). Opinions, recommendations, questions, rhetoric, promises and
 * predictions, greetings, page furniture (ads, captions, cookie and copyright
 * notices) and personal anecdote are 0, whatever numbers or names they hold.
 * The labels were written with the sentences, before the weights were tuned
 * (the fixture sentences: before the scorer was run on them), and were not
 * changed after looking at the scorer's answers.
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
/** Where a sentence comes from. */
export type Origin = 'article' | 'written' | `fixture:${string}`;

/** The import test pages the `fixture:` sentences come from. */
export const FIXTURES = new URL('../server/src/lib/extract/fixtures/', import.meta.url);

/** One labelled sentence. */
export interface LabelledSentence {
  language: Language;
  text: string;
  checkWorthy: boolean;
  /** Where it comes from: `article` (the sample article), `fixture:<file>` (an import test page) or `written` (written for this set). */
  origin: Origin;
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

function isOrigin(value: string): value is Origin {
  return value === 'written' || /^fixture:[\w.-]+$/.test(value);
}

function readWritten(language: Language): LabelledSentence[] {
  const file = new URL(`./check-worthiness-data/${language}.txt`, import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, origin, text] = line.split('\t');
      if ((label !== '0' && label !== '1') || !text || !origin || !isOrigin(origin)) throw new Error(`Bad line in ${file.pathname} (label, origin, sentence): ${line}`);
      const canonical = canonicalText(text.trim());
      return { language, text: canonical, checkWorthy: label === '1', origin, half: halfOf(canonical) };
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

/** The text of an import test page as a reader sees it: HTML decoded by its charset, tags dropped, entities read; a Word file's raw text. */
async function fixtureText(name: string): Promise<string> {
  const file = readFileSync(new URL(name, FIXTURES));
  if (name.endsWith('.docx')) {
    const mammoth = (await import('mammoth')).default;
    return canonicalText((await mammoth.extractRawText({ buffer: file })).value);
  }
  const charset = /charset=["']?([\w-]+)/i.exec(file.subarray(0, 1024).toString('latin1'))?.[1] ?? 'utf-8';
  const html = new TextDecoder(charset).decode(file);
  const text = html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return canonicalText(text);
}

/** Throws unless every `fixture:` sentence occurs in its page, word for word: a sentence cannot claim a source it is not in. */
export async function checkProvenance(set: readonly LabelledSentence[]): Promise<void> {
  const texts = new Map<string, string>();
  for (const row of set) {
    if (!row.origin.startsWith('fixture:')) continue;
    const name = row.origin.slice('fixture:'.length);
    let text = texts.get(name);
    if (text === undefined) {
      text = await fixtureText(name);
      texts.set(name, text);
    }
    if (!text.includes(row.text)) throw new Error(`Not in ${name}: ${row.text}`);
  }
}
