import { effectiveLanguage } from '@sanad/shared/interface-language';
import type { Session } from '@sanad/shared/schemas/user';
import { presentUser } from '../users/users.presenter.ts';
import type { SessionView } from './auth.service.ts';

/** The API shape of a session: who is logged in, until when, and the interface language and digits in effect. */
export function presentSession({ user, session, organisation }: SessionView): Session {
  return {
    user: presentUser(user),
    expiresAt: session.expiresAt,
    language: user.language,
    effectiveLanguage: effectiveLanguage(user.language, organisation.defaultLanguage),
    digits: organisation.digits,
  };
}
