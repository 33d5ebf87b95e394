import { RegionBoundary } from '../components/error-boundary.tsx';
import { ROLE_MESSAGES } from '../components/app-header.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { LanguagePreferenceForm } from '../features/account/components/language-preference-form.tsx';
import { useT } from '../i18n/use-t.ts';
import { ChangePasswordForm } from '../features/account/components/change-password-form.tsx';
import { useCurrentUser } from '../lib/session.ts';

/** `/account`: who is signed in, the interface language, and changing one's own password. */
export function AccountRoute() {
  const t = useT();
  const user = useCurrentUser();
  const title = t('shell.page.account.title');
  usePageTitle(title);
  return (
    <main id="main" className="page page--settings">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">
            <bdi>{user.name}</bdi> · <bdi>{user.email}</bdi> · {t(ROLE_MESSAGES[user.role])}
          </p>
        </div>
      </div>
      <RegionBoundary region={t('shell.region.account')}>
        <LanguagePreferenceForm />
        <ChangePasswordForm />
      </RegionBoundary>
    </main>
  );
}
