/**
 * The cases of the re-anchoring bench (bench/reanchor.ts), shared with its
 * diagnostic (bench/reanchor-diagnose.ts): the generated corpus per edit kind
 * and the 200,000-character benchmark article with one claim per sentence.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type DocText, type EditKind, type ReanchorCase, buildCase, caseSpec } from '@sanad/server/modules/revisions/reanchor-corpus';

/** The generated corpus: per edit kind, Arabic and English texts of about 2-5k characters. */
export function corpus(kind: EditKind, perLanguage: number, seed: number): ReanchorCase[] {
  return (['ar', 'en'] as const).flatMap((language) =>
    fc.sample(caseSpec({ kind, language, paragraphs: [10, 22], sentences: 5, claims: 40 }), { numRuns: perLanguage, seed: seed + (language === 'ar' ? 0 : 1) }).map(buildCase),
  );
}

/** The 200,000-character benchmark article of bench/run.ts, cut into paragraphs, sentences and words. */
function articleText(): DocText {
  const fixture = readFileSync(new URL('../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').normalize('NFC');
  const text = Array.from({ length: Math.ceil(200_000 / fixture.length) }, () => fixture).join('\n').slice(0, 200_000);
  return text
    .split('\n')
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) =>
      paragraph
        .split(/(?<=[.!؟?])\s+/u)
        .map((sentence) => sentence.split(/\s+/u).filter((w) => w !== ''))
        .filter((sentence) => sentence.length > 0),
    );
}

export function articleCases(kind: EditKind, claims: number): ReanchorCase[] {
  const text = articleText();
  const sentences = text.flatMap((paragraph, p) => paragraph.map((_, s) => [p, s] as const));
  const step = Math.max(1, Math.floor(sentences.length / claims));
  const picks: [number, number, number, number][] = [];
  for (let i = 0; i < claims && i * step < sentences.length; i += 1) {
    const [p, s] = sentences[i * step]!;
    picks.push([p, s, (i * 7) % 11, 2 + (i % 4)]);
  }
  return [buildCase({ language: 'ar', kind, paragraphs: [], claims: picks, seed: 19, text })];
}

