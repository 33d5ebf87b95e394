import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { ExtractPool } from './extract-pool.ts';

const page = readFileSync(new URL('./fixtures/english-news.html', import.meta.url), 'utf8');

let pool: ExtractPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe(ExtractPool.name, () => {
  it('extracts in a worker thread what the extractor yields in-process', async () => {
    pool = new ExtractPool({ threads: 1 });
    const article = await pool.html(page, 'https://ledger.example/x');
    expect(article.title).toBe('Bus fares to rise 12% in April, council says');
    expect(article.author).toBe('Priya Raman');
  });

  it('carries a refusal from the worker as the same AppError', async () => {
    pool = new ExtractPool({ threads: 1 });
    const refusal = await pool.docx(Buffer.from('%PDF-1.7'), null).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'import_document_invalid', status: 422 });
  });

  it('refuses with 503 import_busy past the queue, and answers the ones it took', async () => {
    pool = new ExtractPool({ threads: 1, maxQueue: 1 });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(async () => await pool!.html(page, null)));
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(2);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'import_busy', status: 503, meta: { retryAfter: 5 } });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect(pool.inFlight).toBe(0);
    expect((await pool.html(page, null)).title).toBe('Bus fares to rise 12% in April, council says');
  });
});
