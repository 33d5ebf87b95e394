import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';

/** Any path the client does not know. */
export function NotFoundRoute() {
  const t = useT();
  const title = t('shell.page.notFound');
  usePageTitle(title);
  return (
    <main id="main" className="page">
      <h1 className="page__title">{title}</h1>
      <p>
        <Link to="/">{t('shell.backToArticles')}</Link>
      </p>
    </main>
  );
}
