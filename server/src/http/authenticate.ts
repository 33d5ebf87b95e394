import type { RequestHandler } from 'express';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { AppError } from '../lib/app-error.ts';
import { sessionToken } from './session-cookie.ts';

/** Lets a request through only with a live session; the actor goes to `res.locals.actor`. */
export function requireSession(auth: AuthService): RequestHandler {
  return async (req, res, next) => {
    const found = await auth.authenticate(sessionToken(req));
    if (!found) {
      next(new AppError('unauthenticated', 401, 'Log in first.'));
      return;
    }
    res.locals.actor = found.actor;
    res.locals.session = found.session;
    res.locals.user = found.user;
    next();
  };
}
