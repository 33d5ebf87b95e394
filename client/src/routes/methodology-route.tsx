import { RegionBoundary } from '../components/error-boundary.tsx';
import { Methodology } from '../features/rating-scale/components/methodology.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useT } from '../i18n/use-t.ts';


/** `/methodology` (everyone signed in): the rating scale as published methodology, ready to print. */
export function MethodologyRoute() {
  const t = useT();
  const title = t('shell.nav.methodology');
  usePageTitle(title);
  return (
    <main id="main" className="page page--methodology">
      <div className="page__header">
        <div>
          <h1 className="page__title">{title}</h1>
          <p className="page__subtitle">{t('shell.page.methodology.subtitle')}</p>
        </div>
        <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
          {t('shell.print')}
        </button>
      </div>
      <RegionBoundary region={t('shell.region.methodology')}>
        <Methodology />
      </RegionBoundary>
    </main>
  );
}
