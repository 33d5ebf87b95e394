import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { SummaryQuerySchema } from '@sanad/shared/schemas/summary';
import { SummaryRepository, overviewStatement } from './summary.repository.ts';

let dir: string;
let handle: DatabaseHandle;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-summary-'));
  handle = openDatabase(join(dir, 'test.db'));
  runMigrations(handle);
});
afterAll(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const KEYS = ['true', 'false', 'misleading'];

/** The query plan's lines for the dashboard statement under `query`. */
function plan(query: Record<string, string>): string[] {
  const statement = overviewStatement(SummaryQuerySchema.parse(query), KEYS);
  return handle.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${statement}`).map((row) => row.detail);
}

/** The plan lines of the claims count (the `g` step), up to the next step. */
function claimCountPlan(lines: string[]): string[] {
  const start = lines.indexOf('MATERIALIZE g');
  const end = lines.findIndex((line, index) => index > start && line.startsWith('MATERIALIZE '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe(SummaryRepository.name, () => {
  it('counts claims from the tally rows, grouped without a sort and without reading a claim, with or without filters', () => {
    const queries: Record<string, string>[] = [{}, { language: 'ar', verdict: 'false' }, { verdict: 'unrated' }, { status: 'approved', reviewer: '3', from: '2026-01-01' }, { kind: 'opinion' }];
    for (const query of queries) {
      const counting = claimCountPlan(plan(query));
      expect(counting.join('\n')).toMatch(/SEARCH t USING (COVERING )?INDEX sqlite_autoindex_claim_tallies_1 \(article_id=\?/);
      expect(counting.join('\n')).not.toMatch(/TEMP B-TREE|AUTOMATIC|CORRELATED|\bc\b/);
    }
  });

  it('reads claims only for the last activity of each article listed, one index seek each', () => {
    const lines = plan({ sort: 'reviewers' });
    const claimReads = lines.filter((line) => /\bc\b/.test(line) && /SCAN|SEARCH/.test(line));
    expect(claimReads).toEqual(['SEARCH c USING COVERING INDEX claims_activity_idx (article_id=?)']);
  });

  it('reads, for ratings hidden by a blind double rating, only the claims still awaiting their second rating, by primary key', () => {
    const lines = plan({});
    const hiddenReads = lines.filter((line) => /\bhc\b/.test(line));
    expect(hiddenReads.length).toBeGreaterThan(0);
    for (const line of hiddenReads) expect(line).toMatch(/^SEARCH hc USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
  });
});
