import { eq } from 'drizzle-orm';
import { tablesOf } from '@sanad/db/backend';
import type { Executor, Tx } from '@sanad/db/transaction';

/** The only code that reads and writes `app_meta`: facts about the database itself. */
export class AppMetaRepository {
  /** The value stored under `key`, if any. */
  async get(tx: Executor, key: string): Promise<string | undefined> {
    const { appMeta } = tablesOf(tx);
    const [row] = await tx.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).limit(1);
    return row?.value;
  }

  /** Stores `value` under `key`. */
  async set(tx: Tx, key: string, value: string, at: string): Promise<void> {
    const { appMeta } = tablesOf(tx);
    await tx
      .insert(appMeta)
      .values({ key, value, updatedAt: at })
      .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: at } });
  }
}
