import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { directionOf } from '@sanad/shared/text/language';
import { canonicalText } from '@sanad/shared/text/normalize';
import type { Db } from './client.ts';
import { appMeta, articles } from './schema/articles.ts';

/** The sample article shipped as seed data (an Arabic opinion piece on the Geneva II talks). */
export const SAMPLE_ARTICLE = {
  title: '«جنيف2» واستئناف المفاوضات: مقال رأي',
  language: 'ar',
  path: new URL('../seed/geneva2-opinion.ar.txt', import.meta.url),
} as const;

const SEEDED_KEY = 'sample_seeded_at';

/**
 * Inserts the sample article once per database. A marker in `app_meta`
 * records that it was done, so a user who deletes the sample does not get it
 * back on the next start. Returns true when it seeded now.
 */
export async function seedSampleArticle(db: Db, now: Date = new Date()): Promise<boolean> {
  const text = canonicalText(readFileSync(SAMPLE_ARTICLE.path, 'utf8')).trim();
  const at = now.toISOString();
  return db.transaction((tx) => {
    const done = tx.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).get();
    if (done) return false;
    tx.insert(articles)
      .values({
        title: SAMPLE_ARTICLE.title,
        text,
        language: SAMPLE_ARTICLE.language,
        direction: directionOf(SAMPLE_ARTICLE.language),
        createdAt: at,
        updatedAt: at,
      })
      .run();
    tx.insert(appMeta).values({ key: SEEDED_KEY, value: at, updatedAt: at }).run();
    return true;
  });
}
