import type { Session } from '@sanad/shared/schemas/user';
import { presentUser } from '../users/users.presenter.ts';
import type { UserRow } from '../users/users.repository.ts';
import type { SessionRow } from './sessions.repository.ts';

/** The API shape of a session: who is logged in, and until when. */
export function presentSession({ user, session }: { user: UserRow; session: SessionRow }): Session {
  return { user: presentUser(user), expiresAt: session.expiresAt };
}
