import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { ApiError } from '../lib/api-client.ts';
import { sessionQueryOptions } from '../lib/session.ts';
import { Loading } from './page-loading.tsx';

/**
 * Shows its children only with a session: while "who am I" loads it shows a
 * placeholder, and without a session (401) it sends the user to the login
 * page with the current path as `next`.
 */
export function SessionGuard({ children }: { children: ReactNode }) {
  const t = useT();
  const session = useQuery(sessionQueryOptions());
  const location = useLocation();
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
