import type { Request, Response } from 'express';
import { AppError } from './app-error.ts';

/**
 * The version a write is based on, from `If-Match: "v<version>"` (RFC 9110
 * strong comparison). 428 without the header; a weak or foreign tag can never
 * match, so it counts as stale (412 from the service, version 0 here).
 */
export function ifMatchVersion(req: Request): number {
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new AppError('precondition_required', 428, 'Send If-Match with the version you last saw (the ETag of the resource).', [
      { path: ['headers', 'if-match'], message: 'Required for changes, e.g. If-Match: "v3".' },
    ]);
  }
  const match = /^\s*"v(\d{1,15})"\s*$/.exec(header);
  return match ? Number(match[1]) : 0;
}

/** The strong ETag of a version. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** Sends a versioned representation with its ETag. */
export function sendVersioned<T extends { version: number }>(res: Response, body: T, status = 200): void {
  res.setHeader('ETag', etagOf(body.version));
  res.status(status).json(body);
}

/**
 * Runs a write; when it fails because the version was stale, attaches the
 * resource as it is now to the 412, so the client can show what changed.
 */
export async function withCurrentOnConflict<T>(write: () => Promise<T>, current: () => Promise<unknown>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError && error.code === 'precondition_failed') {
      error.current = await current().catch(() => undefined);
    }
    throw error;
  }
}
