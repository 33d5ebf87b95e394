import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { activateLanguage } from '../i18n/i18n.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiError } from '../lib/api-client.ts';
import { sessionQueryOptions } from '../lib/session.ts';
import { Loading } from './page-loading.tsx';

/**
 * Shows its children only with a session: while "who am I" loads it shows a
 * placeholder, and without a session (401) it sends the user to the login
 * page with the current path as `next`. Once the session is known, the
 * interface speaks the user's language (their own choice, else the
 * organisation's default) with the organisation's digits.
 */
export function SessionGuard({ children }: { children: ReactNode }) {
  const t = useT();
  const session = useQuery(sessionQueryOptions());
  const location = useLocation();
  const language = session.data?.effectiveLanguage;
  const digits = session.data?.digits;
  useEffect(() => {
    if (language && digits) void activateLanguage(language, digits);
  }, [language, digits]);
  if (session.isPending) {
    return (
      <main id="main" className="page">
        <Loading label={t('shell.checkingSession')} />
      </main>
    );
  }
  if (session.isError) {
    if (session.error instanceof ApiError && session.error.status === 401) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
    }
    throw session.error;
  }
  return children;
}
