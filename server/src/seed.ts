import type { Db } from '@sanad/db/client';
import { SAMPLE_ARTICLE, readSampleText } from '@sanad/db/sample';
import { inTransaction } from '@sanad/db/transaction';
import type { Clock } from './lib/clock.ts';
import { createServices } from './services.ts';

const SEEDED_KEY = 'sample_seeded_at';

/**
 * Adds the sample Arabic article once per database, through the articles
 * service (so it gets its first revision and its search index). A marker in
 * `app_meta`, written in the same transaction, records that it was done, so a
 * user who deletes the sample does not get it back on the next start.
 * Returns true when it seeded now.
 */
export async function seedSampleArticle(db: Db, clock: Clock): Promise<boolean> {
  const { articles, repositories } = createServices(db, clock);
  const meta = repositories.appMeta;
  const text = readSampleText().trim();
  return inTransaction(db, (tx) => {
    if (meta.get(tx, SEEDED_KEY) !== undefined) return false;
    articles.createIn(tx, { title: SAMPLE_ARTICLE.title, text, language: SAMPLE_ARTICLE.language });
    meta.set(tx, SEEDED_KEY, clock.now().toISOString(), clock.now().toISOString());
    return true;
  });
}
