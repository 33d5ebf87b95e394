import { useT } from '../../../i18n/use-t.ts';

/**
 * The label over an earlier revision shown read-only: which revision, that it
 * cannot be edited or marked, and the ways back to the current text or to
 * what changed since.
 */
export function RevisionBanner({
  number,
  latest,
  onBack,
  onCompare,
}: {
  number: number;
  latest: number;
  onBack: () => void;
  onCompare: (from: number, to: number) => void;
}) {
  const t = useT();
  return (
    <div className="mode-banner mode-banner--revision" data-testid="revision-banner">
      <div className="mode-banner__text">
        <h2 className="mode-banner__title">
          {t('revisions.bannerTitle', { number, latest })}
        </h2>
        <p className="muted">{t('revisions.bannerText')}</p>
      </div>
      <div className="form__actions">
        {number !== latest ? (
          <button type="button" className="button button--ghost button--small" onClick={() => onCompare(number, latest)}>
            {t('revisions.compareWithCurrent')}
          </button>
        ) : null}
        <button type="button" className="button button--primary button--small" onClick={onBack}>
          {t('revisions.backToCurrent')}
        </button>
      </div>
    </div>
  );
}
