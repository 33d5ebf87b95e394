import type { RequestHandler } from 'express';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { AppError } from '../lib/app-error.ts';
import { clearSignedInHint, sessionToken } from './session-cookie.ts';

/** Lets a request through only with a live session; the actor goes to `res.locals.actor`. */
export function requireSession(auth: AuthService): RequestHandler {
  return async (req, res, next) => {
    const found = await auth.authenticate(sessionToken(req));
    if (!found) {
      // The session is over (or never was): the client's hint goes with it, so its next load goes straight to the login page.
      clearSignedInHint(req, res);
      next(new AppError('unauthenticated', 401, 'Log in first.'));
      return;
    }
    res.locals.actor = found.actor;
    res.locals.session = found.session;
    res.locals.user = found.user;
    next();
  };
}
