import { readFileSync } from 'node:fs';

/** The sample article shipped as seed data: an Arabic opinion piece on the Geneva II talks. */
export const SAMPLE_ARTICLE = {
  title: '«جنيف2» واستئناف المفاوضات: مقال رأي',
  language: 'ar',
} as const;

/** The sample article's text, as shipped (db/seed/geneva2-opinion.ar.txt). */
export function readSampleText(): string {
  return readFileSync(new URL('../seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8');
}
