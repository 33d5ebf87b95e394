import { useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../features/auth/components/login-form.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { safeNext } from '../lib/session.ts';

/** `/login?next=…`: the login page; after login the user returns to `next` (a path of this app) or the articles. */
export function LoginRoute() {
  const t = useT();
  usePageTitle(t('shell.page.login.title'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(searchParams.get('next'));
  return (
    <main id="main" className="page page--login">
      <div className="login-card">
        <h1 id="login-heading" className="page__title">
          {t('auth.heading')}
        </h1>
        <p className="page__subtitle">{t('auth.subtitle')}</p>
        <LoginForm onLoggedIn={() => void navigate(next, { replace: true })} />
      </div>
    </main>
  );
}
