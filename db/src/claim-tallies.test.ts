import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, type Dialect, openBackend } from './backend.ts';
import { createTestDatabase, pgTestTier, type TestDatabase } from './pg/test-database.ts';

/**
 * claim_tallies is a cache of `claims` kept by triggers (ADR 027): after any
 * mix of inserts, key changes, other updates and deletes (single and
 * multi-row, and through an article's cascade) it must equal the counts
 * computed from the claims themselves, on both backends.
 */
const pgTier = await pgTestTier('db/src/claim-tallies.test.ts');
const dialects: Dialect[] = pgTier ? ['sqlite', 'postgres'] : ['sqlite'];

const COUNTED = `SELECT article_id, coalesce(assignee_id, created_by, 0) AS reviewer_id, status, coalesce(rating, '') AS rating, kind, count(*) AS claims
  FROM claims GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
const KEPT = 'SELECT article_id, reviewer_id, status, rating, kind, claims FROM claim_tallies ORDER BY 1, 2, 3, 4, 5';

/** A deterministic generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(dialects)('claim_tallies on %s', (dialect) => {
  let backend: Backend;
  let dir: string;
  let pgDatabase: TestDatabase | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sanad-tallies-'));
    pgDatabase = dialect === 'postgres' ? await createTestDatabase('tallies') : null;
    backend = openBackend({ databasePath: join(dir, 'test.db'), ...(pgDatabase ? { databaseUrl: pgDatabase.url } : {}) });
    await backend.migrate();
  });
  afterAll(async () => {
    await backend?.close();
    await pgDatabase?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const now = () => new Date().toISOString();
  const counted = () => backend.query<Record<string, unknown>>(COUNTED);
  const kept = () => backend.query<Record<string, unknown>>(KEPT);

  // 200 steps of two queries each: room for a loaded machine (the figure is no assertion).
  it('equals the counts of the claims after every kind of write', { timeout: 60_000 }, async () => {
    const next = random(27);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    const users: number[] = [];
    for (const name of ['Amal', 'Badr', 'Dana']) {
      const [row] = await backend.query<{ id: number }>(
        "INSERT INTO users (name, email, role, password_hash, created_at, updated_at) VALUES (?, ?, 'reviewer', 'x', ?, ?) RETURNING id",
        [name, `${name.toLowerCase()}@tallies.test`, now(), now()],
      );
      users.push(row!.id);
    }
    const articles: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const [row] = await backend.query<{ id: number }>(
        "INSERT INTO articles (title, text, language, direction, created_at, updated_at) VALUES (?, 'نص المقال', 'ar', 'rtl', ?, ?) RETURNING id",
        [`Article ${index}`, now(), now()],
      );
      articles.push(row!.id);
    }
    const statuses = ['draft', 'submitted', 'approved', 'changes_requested'];
    const ratings = [null, 'true', 'false', 'misleading'];
    const reviewers = [null, ...users];
    const kinds = ['factual', 'statistic', 'quote', 'prediction', 'opinion'];
    let offset = 0;
    const insertClaim = async (articleId: number) => {
      offset += 10;
      await backend.query(
        `INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, status, rating, kind, created_by, assignee_id, created_at, updated_at)
         VALUES (?, ?, ?, 'quote', '', '', ?, ?, ?, ?, ?, ?, ?)`,
        [articleId, offset, offset + 5, pick(statuses), pick(ratings), pick(kinds), pick(reviewers), pick(reviewers), now(), now()],
      );
    };
    for (let index = 0; index < 60; index += 1) await insertClaim(pick(articles));
    expect(await kept()).toEqual(await counted());

    for (let step = 0; step < 200; step += 1) {
      const claimIds = (await backend.query<{ id: number }>('SELECT id FROM claims ORDER BY id')).map((row) => row.id);
      const id = pick(claimIds);
      switch (Math.floor(next() * 8)) {
        case 0:
          await insertClaim(pick(articles));
          break;
        case 1:
          await backend.query('UPDATE claims SET status = ?, updated_at = ? WHERE id = ?', [pick(statuses), now(), id]);
          break;
        case 2:
          await backend.query('UPDATE claims SET rating = ? WHERE id = ?', [pick(ratings), id]);
          break;
        case 3:
          await backend.query('UPDATE claims SET assignee_id = ?, created_by = ? WHERE id = ?', [pick(reviewers), pick(reviewers), id]);
          break;
        case 4:
          // An update that changes no counted key.
          await backend.query("UPDATE claims SET claimant = 'someone', version = version + 1 WHERE id = ?", [id]);
          break;
        case 5:
          // A multi-row statement: one article's claims all change status.
          await backend.query('UPDATE claims SET status = ? WHERE article_id = ?', [pick(statuses), pick(articles)]);
          break;
        case 6:
          // The kind is a key too (ADR 033).
          await backend.query('UPDATE claims SET kind = ? WHERE id = ?', [pick(kinds), id]);
          break;
        default:
          await backend.query('DELETE FROM claims WHERE id = ?', [id]);
      }
      expect(await kept(), `after step ${step}`).toEqual(await counted());
    }
  });

  it('follows an article deleted with its claims, and a user removed from them', async () => {
    const [article] = await backend.query<{ id: number }>('SELECT article_id AS id FROM claims GROUP BY article_id ORDER BY count(*) DESC LIMIT 1');
    await backend.query('DELETE FROM articles WHERE id = ?', [article!.id]);
    expect(await kept()).toEqual(await counted());
    expect((await kept()).some((row) => row.article_id === article!.id)).toBe(false);
    const [user] = await backend.query<{ id: number }>('SELECT id FROM users ORDER BY id LIMIT 1');
    await backend.query('DELETE FROM users WHERE id = ?', [user!.id]);
    expect(await kept()).toEqual(await counted());
    await backend.query('DELETE FROM claims');
    expect(await kept()).toEqual([]);
  });
});
