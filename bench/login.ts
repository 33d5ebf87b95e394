import { sessionEndpoints } from '@sanad/shared/api/session';
import { fetchEndpoint } from './api.ts';

/** A cookie of the login answer, as a browser context takes it. */
export interface LoginCookie {
  name: string;
  value: string;
  httpOnly: boolean;
}

/**
 * Logs in over HTTP and answers every cookie the login set: the session and
 * the client's signed-in hint, without which the app goes straight to the
 * login page (bench/client.ts, bench/open.ts).
 */
export async function loginCookies(base: string, email: string, password: string): Promise<LoginCookie[]> {
  const login = await fetchEndpoint(base, undefined, sessionEndpoints.login, { body: { email, password } });
  return login.headers.getSetCookie().map((header) => {
    const [pair] = header.split(';');
    const at = pair!.indexOf('=');
    return { name: pair!.slice(0, at), value: pair!.slice(at + 1), httpOnly: /;\s*httponly/i.test(header) };
  });
}
