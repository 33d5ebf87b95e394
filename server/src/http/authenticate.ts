import type { RequestHandler, Response } from 'express';
import type { Actor } from '../lib/actor.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { AppError } from './app-error.ts';
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

/** The logged-in actor of a request that passed `requireSession`. */
export function actorOf(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new AppError('unauthenticated', 401, 'Log in first.');
  return actor;
}
