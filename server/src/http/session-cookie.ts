import type { Request, Response } from 'express';
import { SIGNED_IN_HINT_COOKIE } from '@sanad/shared/api/session';

/** Cookie name over plain http (demo, local). */
export const COOKIE_NAME = 'sanad_session';
/** Cookie name over https: the `__Host-` prefix pins it to this host and path `/`. */
export const SECURE_COOKIE_NAME = '__Host-sanad_session';

/** The value of a cookie in the request, if any. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The session token the request carries. */
export function sessionToken(req: Request): string | undefined {
  return readCookie(req, SECURE_COOKIE_NAME) ?? readCookie(req, COOKIE_NAME);
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, and Secure with `__Host-` over https. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  const secure = req.secure;
  res.cookie(secure ? SECURE_COOKIE_NAME : COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
  // The hint for the client's code (not HttpOnly, no secret in it): see SIGNED_IN_HINT_COOKIE.
  res.cookie(SIGNED_IN_HINT_COOKIE, '1', { httpOnly: false, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

/** Clears the session cookie (both names). */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(COOKIE_NAME, { path: '/' });
  clearSignedInHint(req, res);
  if (req.secure) res.clearCookie(SECURE_COOKIE_NAME, { path: '/', secure: true });
}

/** Clears the client's signed-in hint, when the request carries one (a session that ended or never was). */
export function clearSignedInHint(req: Request, res: Response): void {
  if (readCookie(req, SIGNED_IN_HINT_COOKIE) !== undefined) res.clearCookie(SIGNED_IN_HINT_COOKIE, { path: '/', secure: req.secure });
}
