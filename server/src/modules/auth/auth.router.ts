import { Router } from 'express';
import type { Session } from '@sanad/shared/schemas/user';
import { ChangePasswordInputSchema, LoginInputSchema } from '@sanad/shared/schemas/user';
import { AppError } from '../../http/app-error.ts';
import { actorOf, requireSession } from '../../http/authenticate.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../http/session-cookie.ts';
import { validate } from '../../http/validate.ts';
import { presentUser } from '../users/users.presenter.ts';
import type { AuthService } from './auth.service.ts';

/** POST /api/session (log in), GET /api/session (who am I), DELETE /api/session (log out), POST /api/session/password (change one's own). */
export function authRouter(auth: AuthService): Router {
  const router = Router();

  router.post(
    '/session',
    validate({ body: LoginInputSchema }, async ({ body }, req, res) => {
      const { token, session, user } = await auth.login(body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      setSessionCookie(req, res, token, new Date(session.expiresAt));
      const result: Session = { user: presentUser(user), expiresAt: session.expiresAt };
      res.json(result);
    }),
  );

  router.get('/session', async (req, res) => {
    const found = await auth.authenticate(sessionToken(req));
    if (!found) throw new AppError('unauthenticated', 401, 'Not logged in.');
    const result: Session = { user: presentUser(found.user), expiresAt: found.session.expiresAt };
    res.json(result);
  });

  router.post(
    '/session/password',
    requireSession(auth),
    validate({ body: ChangePasswordInputSchema }, async ({ body }, req, res) => {
      const { token, session, user } = await auth.changePassword(actorOf(res), body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      setSessionCookie(req, res, token, new Date(session.expiresAt));
      const result: Session = { user: presentUser(user), expiresAt: session.expiresAt };
      res.json(result);
    }),
  );

  router.delete('/session', async (req, res) => {
    await auth.logout(sessionToken(req));
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
