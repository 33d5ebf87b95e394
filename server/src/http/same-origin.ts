import type { RequestHandler } from 'express';
import { AppError } from '../lib/app-error.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another origin
 * (CSRF): `Sec-Fetch-Site` must be same-origin (or none, a user's own
 * navigation), and an `Origin` header must name this host. Requests without
 * either (command-line clients, server-to-server) carry no ambient cookies
 * from a victim's browser and pass.
 */
export const sameOriginOnly: RequestHandler = (req, _res, next) => {
  if (SAFE.has(req.method)) {
    next();
    return;
  }
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    next(new AppError('cross_origin_refused', 403, 'Requests that change data must come from this site.'));
    return;
  }
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host === null || host !== req.headers.host) {
      next(new AppError('cross_origin_refused', 403, 'Requests that change data must come from this site.'));
      return;
    }
  }
  next();
};
