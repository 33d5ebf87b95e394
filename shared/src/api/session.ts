import { defineEndpoint, EMPTY, json, schemasOf } from './endpoint.ts';

/**
 * A cookie the browser's code may read, set beside the (HttpOnly) session cookie with the same
 * lifetime and cleared with it: `1` means "a session was started here and has not been ended".
 * It is a hint, never a credential: the server decides by the session cookie alone. Without it
 * the client goes straight to the login page instead of asking the API and reading 401s.
 */
export const SIGNED_IN_HINT_COOKIE = 'sanad_signed_in';

const userSchemas = schemasOf(() => import('../schemas/user.ts'));

/** `/api/session`: logging in and out, who am I, changing one's own password and interface language. */
export const sessionEndpoints = {
  /** Logs in: sets the session cookie (429 after 5 failures a minute per account or address). */
  login: defineEndpoint({ method: 'POST', path: '/session', access: 'public', body: userSchemas('LoginInputSchema'), reply: json(userSchemas('SessionSchema')), summary: 'Log in.' }),
  /** Who is logged in (401 when nobody). */
  get: defineEndpoint({ method: 'GET', path: '/session', access: 'public', reply: json(userSchemas('SessionSchema')), summary: 'Who is logged in.' }),
  /** Logs out (always 204). */
  logout: defineEndpoint({ method: 'DELETE', path: '/session', access: 'public', reply: EMPTY, summary: 'Log out.' }),
  /** Changes one's own password: other sessions end, this one is rotated. */
  changePassword: defineEndpoint({
    method: 'POST',
    path: '/session/password',
    body: userSchemas('ChangePasswordInputSchema'),
    reply: json(userSchemas('SessionSchema')),
    summary: "Change one's own password.",
  }),
  /**
   * Changes one's own interface preferences (the language; null follows the organisation's
   * default). Versioned on the user's row: `If-Match: "v<user.version>"`; a 412 carries the
   * session as it is now.
   */
  updatePreferences: defineEndpoint({
    method: 'PATCH',
    path: '/session/preferences',
    body: userSchemas('UpdatePreferencesInputSchema'),
    reply: json(userSchemas('SessionSchema')),
    versioned: true,
    etag: (session) => session.user.version,
    summary: "Change one's own interface language.",
  }),
};
