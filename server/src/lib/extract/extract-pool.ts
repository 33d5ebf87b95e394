import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError } from '../app-error.ts';
import type { ExtractedArticle } from './html-article.ts';
import type { ExtractOutcome, ExtractTask } from './extract-task.ts';

/** How extraction workers are limited (ADR 030; `EXTRACT_TIMEOUT_MS`, `EXTRACT_THREADS`). */
export interface ExtractLimits {
  /** Time one extraction may take in its worker before the worker is stopped. */
  timeoutMs: number;
  /** Worker threads at most. */
  threads: number;
  /** Extractions that may wait for a worker; past it, 503 `import_busy`. */
  maxQueue: number;
  /** Heap of one worker, in MB (a page that needs more stops its worker). */
  maxHeapMb: number;
}

/** The defaults: 20 s, one thread per spare core (at least one, at most 4), 8 waiting, 512 MB. */
export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  timeoutMs: 20_000,
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  maxQueue: 8,
  maxHeapMb: 512,
};

/** The worker's entry (plain JavaScript that registers tsx, then loads `extract-task.ts`). */
const WORKER = new URL('./extract-worker.mjs', import.meta.url).href;

/**
 * Runs article extraction (Readability over linkedom, mammoth) in worker
 * threads through a piscina pool, so a large page never blocks the event loop
 * that serves every other request. Each extraction has a time limit: past
 * it, its worker is stopped (piscina terminates a thread whose task is
 * aborted) and the caller gets 422 `import_extraction_limit`; a worker that
 * runs out of its heap gets the same. Past `threads + maxQueue` extractions
 * in flight, 503 `import_busy`.
 */
export class ExtractPool {
  private readonly pool: Piscina<ExtractTask, ExtractOutcome>;
  private sent = 0;
  readonly limits: ExtractLimits;

  constructor(limits: Partial<ExtractLimits> = {}) {
    this.limits = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
    this.pool = new Piscina({
      filename: WORKER,
      minThreads: 0,
      maxThreads: this.limits.threads,
      // A worker idle for 5 minutes goes; the next extraction starts one again (about 0.8 s to load).
      idleTimeout: 5 * 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb },
    });
  }

  /** Extracts a fetched page from its bytes (decoded in the worker as a browser would). */
  async page(body: Uint8Array, charset: string | null, url: string): Promise<ExtractedArticle> {
    return await this.run({ kind: 'page', body, charset, url });
  }

  /** Extracts pasted HTML. */
  async html(html: string, url: string | null): Promise<ExtractedArticle> {
    return await this.run({ kind: 'html', html, url });
  }

  /** Extracts a Word document. */
  async docx(file: Uint8Array, fileName: string | null): Promise<ExtractedArticle> {
    return await this.run({ kind: 'docx', file, fileName });
  }

  /** Extractions sent and not yet answered (running or waiting for a worker). */
  get inFlight(): number {
    return this.sent;
  }

  /** Stops the workers (at shutdown). */
  async close(): Promise<void> {
    await this.pool.close({ force: true });
  }

  private async run(task: ExtractTask): Promise<ExtractedArticle> {
    // Admission is counted here rather than by piscina's maxQueue, which also lends the capacity of workers still starting.
    if (this.sent >= this.limits.threads + this.limits.maxQueue) throw busy();
    let outcome: ExtractOutcome;
    this.sent += 1;
    try {
      // The time limit counts from here, so it covers a wait in the queue as well (the queue is short).
      outcome = await this.pool.run(task, { signal: AbortSignal.timeout(this.limits.timeoutMs) });
    } catch (error) {
      throw this.refusal(error);
    } finally {
      this.sent -= 1;
    }
    if (!outcome.ok) throw new AppError(outcome.code, outcome.status, outcome.message);
    return outcome.article;
  }

  private refusal(error: unknown): AppError {
    const name = error instanceof Error ? error.name : '';
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (name === 'AbortError' || name === 'TimeoutError')
      return new AppError('import_extraction_limit', 422, `Reading the page took longer than the limit (${this.limits.timeoutMs / 1000} s). Paste the article’s text instead.`);
    if (code === 'ERR_WORKER_OUT_OF_MEMORY')
      return new AppError('import_extraction_limit', 422, 'Reading the page needed more memory than allowed. Paste the article’s text instead.');
    throw error;
  }
}

/** 503 `import_busy`: every worker is busy and the queue is full. */
function busy(): AppError {
  return new AppError('import_busy', 503, 'The server is reading as many pages as it can right now; try again shortly.', [], { retryAfter: 5 });
}
