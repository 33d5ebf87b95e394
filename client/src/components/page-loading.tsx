import { useT } from '../i18n/use-t.ts';

/** A quiet placeholder while a region's data loads. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** The placeholder of a whole screen whose code is still loading: the main landmark with a quiet "Loading…". */
export function PageLoading() {
  const t = useT();
  return (
    <main id="main" className="page page--loading">
      <Loading label={t('common.loading')} />
    </main>
  );
}
