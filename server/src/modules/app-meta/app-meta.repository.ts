import { eq } from 'drizzle-orm';
import { appMeta } from '@sanad/db/schema/index';
import type { Executor } from '@sanad/db/transaction';

/** The only code that reads and writes `app_meta`: facts about the database itself. */
export class AppMetaRepository {
  /** The value stored under `key`, if any. */
  get(tx: Executor, key: string): string | undefined {
    return tx.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get()?.value;
  }

  /** Stores `value` under `key`. */
  set(tx: Executor, key: string, value: string, at: string): void {
    tx.insert(appMeta)
      .values({ key, value, updatedAt: at })
      .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: at } })
      .run();
  }
}
