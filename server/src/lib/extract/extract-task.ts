import type { ErrorCode } from '@sanad/shared/errors';
import { AppError } from '../app-error.ts';
import { decodeHtml } from './decode-html.ts';
import { extractDocxArticle } from './docx-article.ts';
import { type ExtractedArticle, extractHtmlArticle } from './html-article.ts';

/** One extraction, as sent to a worker: a fetched page's bytes, pasted HTML, or a Word file. */
export type ExtractTask =
  | { kind: 'page'; body: Uint8Array; charset: string | null; url: string }
  | { kind: 'html'; html: string; url: string | null }
  | { kind: 'docx'; file: Uint8Array; fileName: string | null };

/**
 * What a worker answers. A refusal travels as plain data: an `AppError`
 * thrown in a worker would reach the main thread as a bare `Error`, its
 * code and status lost.
 */
export type ExtractOutcome = { ok: true; article: ExtractedArticle } | { ok: false; code: ErrorCode; status: number; message: string };

/** Runs one extraction (in a worker thread; also callable in-process). Never throws an `AppError`: it answers it. */
export async function runExtractTask(task: ExtractTask): Promise<ExtractOutcome> {
  try {
    switch (task.kind) {
      case 'page':
        return { ok: true, article: extractHtmlArticle(decodeHtml(task.body, task.charset), task.url) };
      case 'html':
        return { ok: true, article: extractHtmlArticle(task.html, task.url) };
      case 'docx':
        return { ok: true, article: await extractDocxArticle(Buffer.from(task.file.buffer, task.file.byteOffset, task.file.byteLength), task.fileName) };
    }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, status: error.status, message: error.message };
    throw error;
  }
}
