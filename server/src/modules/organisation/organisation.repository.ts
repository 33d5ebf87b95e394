import { eq, sql } from 'drizzle-orm';
import type { Db } from '@sanad/db/client';
import { tablesOf } from '@sanad/db/backend';
import type { organisation } from '@sanad/db/schema/index';
import type { Executor, Tx } from '@sanad/db/transaction';

/** The organisation's settings as stored (one row, id 1, written by migration 0005). */
export type OrganisationRow = typeof organisation.$inferSelect;

/** The only code that reads and writes the `organisation` table. */
export class OrganisationRepository {
  constructor(private readonly db: Db) {}

  /** The settings row. */
  async find(): Promise<OrganisationRow> {
    const { organisation } = tablesOf(this.db);
    const [row] = await this.db.select().from(organisation).where(eq(organisation.id, 1)).limit(1);
    if (!row) throw new Error('The organisation row is missing: run the migrations.');
    return row;
  }

  /** The settings row inside a transaction. */
  async get(tx: Executor): Promise<OrganisationRow> {
    const { organisation } = tablesOf(this.db);
    const [row] = await tx.select().from(organisation).where(eq(organisation.id, 1)).limit(1);
    if (!row) throw new Error('The organisation row is missing: run the migrations.');
    return row;
  }

  /** Changes the settings and bumps the version; returns the new row. */
  async update(
    tx: Tx,
    values: Partial<Pick<OrganisationRow, 'name' | 'url' | 'logo' | 'publishBaseUrl' | 'reportLanguage' | 'defaultLanguage' | 'digits' | 'minIndependentSources' | 'doubleRatingDefault'>> & { updatedAt: string },
  ): Promise<OrganisationRow> {
    const { organisation } = tablesOf(this.db);
    const [row] = await tx
      .update(organisation)
      .set({ ...values, version: sql`${organisation.version} + 1` })
      .where(eq(organisation.id, 1))
      .returning();
    return row!;
  }
}
