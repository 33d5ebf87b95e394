import { eq } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { tablesOf } from '@sanad/db/backend';
import type { suggestionDismissals } from '@sanad/db/schema/index';
import type { Tx } from '@sanad/db/transaction';

/** A dismissal as stored. */
export type SuggestionDismissalRow = typeof suggestionDismissals.$inferSelect;

/** The only code that reads and writes `suggestion_dismissals`. */
export class SuggestionsRepository {
  constructor(private readonly db: Db) {}

  /** The quote hashes of an article's dismissed suggestions. */
  async dismissedHashes(articleId: number): Promise<Set<string>> {
    const { suggestionDismissals } = tablesOf(this.db);
    const rows = await this.db
      .select({ quoteHash: suggestionDismissals.quoteHash })
      .from(suggestionDismissals)
      .where(eq(suggestionDismissals.articleId, articleId));
    return new Set(rows.map((row) => row.quoteHash));
  }

  /** Records a dismissal and answers it; dismissing the same sentence again changes nothing and answers undefined. */
  async insert(tx: Tx, values: typeof suggestionDismissals.$inferInsert): Promise<SuggestionDismissalRow | undefined> {
    const { suggestionDismissals } = tablesOf(this.db);
    const [row] = await tx
      .insert(suggestionDismissals)
      .values(values)
      .onConflictDoNothing({ target: [suggestionDismissals.articleId, suggestionDismissals.quoteHash] })
      .returning();
    return row;
  }
}
