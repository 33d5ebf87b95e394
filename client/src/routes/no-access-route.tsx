import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { useCurrentUser } from '../lib/session.ts';

/**
 * A page the user's role may not use (e.g. `/approvals` for reviewers): says
 * so plainly, rather than pretending the page does not exist. `page` names the
 * page in the interface language; `who` says which roles may use it.
 */
export function NoAccessRoute({ page, who }: { page: string; who: 'admins' | 'editors' }) {
  const t = useT();
  const user = useCurrentUser();
  const title = t('shell.noAccess.title');
  usePageTitle(title);
  return (
    <main id="main" className="page" data-testid="no-access">
      <h1 className="page__title">{title}</h1>
      <p>{t('shell.noAccess.body', { page, who, name: user.name, role: user.role })}</p>
      <p>
        <Link to="/">{t('shell.backToArticles')}</Link>
      </p>
    </main>
  );
}
