import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { User } from '@sanad/shared/schemas/user';
import type { Session } from '@sanad/shared/schemas/user';
import { can, type Action } from '@sanad/shared/permissions';
import { SIGNED_IN_HINT_COOKIE, sessionEndpoints } from '@sanad/shared/api/session';
import { callApi } from './api-client.ts';
import { sessionKeys } from './query-keys.ts';

/** `GET /api/session`: who is logged in (401 when nobody is; no redirect, the session guard handles it). */
export function getSession(signal?: AbortSignal): Promise<Session> {
  return callApi(sessionEndpoints.get, { signal, redirectOnUnauthenticated: false });
}

/** The session query: loaded once by the guard, replaced on login, cleared on logout. */
export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionKeys.current(), queryFn: ({ signal }) => getSession(signal), staleTime: Infinity, retry: false });

/** The logged-in user (screens under the session guard only). */
export function useCurrentUser(): User {
  return useSuspenseQuery(sessionQueryOptions()).data.user;
}

/** True when the logged-in user's role allows `action` (the shared permission table). */
export function useCan(action: Action): boolean {
  return can(useCurrentUser().role, action);
}

/** A path inside the app to return to after login: only same-site paths, never `//host`. */
export function safeNext(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/login')) return '/';
  return value;
}

/**
 * Whether this browser may hold a session: the server's readable hint cookie, set and cleared with
 * the (HttpOnly) session cookie. Without it nobody is logged in, and the app goes to the login
 * page without asking the API (no 401s in the console). With it the session check decides as before.
 */
export function hasSignedInHint(cookies: string = document.cookie): boolean {
  return cookies.split(';').some((part) => part.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}
