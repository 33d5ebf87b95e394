import { Link } from 'react-router';
import { useCurrentUser } from '../lib/session.ts';

const ROLE_NAMES = { reviewer: 'a reviewer', editor: 'an editor', admin: 'an admin' } as const;

/**
 * A page the user's role may not use (e.g. `/approvals` for reviewers): says
 * so plainly, rather than pretending the page does not exist.
 */
export function NoAccessRoute({ page, who }: { page: string; who: string }) {
  const user = useCurrentUser();
  return (
    <main id="main" className="page" data-testid="no-access">
      <h1 className="page__title">You don’t have access to this page</h1>
      <p>
        {page} is for {who}. You are signed in as {user.name}, {ROLE_NAMES[user.role]}. Ask an admin if you need access.
      </p>
      <p>
        <Link to="/">Back to the articles</Link>
      </p>
    </main>
  );
}
