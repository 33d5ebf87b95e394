import { sessionEndpoints } from '@sanad/shared/api/session';
import { AppError } from '../../lib/app-error.ts';
import { type Route, route } from '../../http/route.ts';
import { clearSessionCookie, clearSignedInHint, sessionToken, setSessionCookie } from '../../http/session-cookie.ts';
import { presentSession } from './auth.presenter.ts';
import type { AuthService } from './auth.service.ts';

/** Logging in and out, who am I, and changing one's own password and interface language. The session travels in a cookie. */
export function authRoutes(auth: AuthService): Route[] {
  return [
    route(sessionEndpoints.login, async ({ body }, { req, res }) => {
      const login = await auth.login(body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      setSessionCookie(req, res, login.token, new Date(login.session.expiresAt));
      return presentSession(login);
    }),
    route(sessionEndpoints.get, async (_input, { req, res }) => {
      const found = await auth.current(sessionToken(req));
      if (!found) {
        clearSignedInHint(req, res);
        throw new AppError('unauthenticated', 401, 'Not logged in.');
      }
      return presentSession(found);
    }),
    route(sessionEndpoints.logout, async (_input, { req, res }) => {
      await auth.logout(sessionToken(req));
      clearSessionCookie(req, res);
    }),
    route(sessionEndpoints.changePassword, async ({ body }, { actor, req, res }) => {
      const changed = await auth.changePassword(actor, body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      setSessionCookie(req, res, changed.token, new Date(changed.session.expiresAt));
      return presentSession(changed);
    }),
    route(sessionEndpoints.updatePreferences, async ({ body, ifMatch }, { actor, req }) => presentSession(await auth.updatePreferences(actor, sessionToken(req), ifMatch, body)), {
      current: async (_input, { req }) => {
        const found = await auth.current(sessionToken(req));
        return found && presentSession(found);
      },
    }),
  ];
}
