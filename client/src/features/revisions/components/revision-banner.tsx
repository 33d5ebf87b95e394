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
  return (
    <div className="mode-banner mode-banner--revision" data-testid="revision-banner">
      <div className="mode-banner__text">
        <h2 className="mode-banner__title">
          Revision {number} of {latest} — read only
        </h2>
        <p className="muted">Claims are not shown on earlier revisions. Go back to the current text to mark or review claims.</p>
      </div>
      <div className="form__actions">
        {number !== latest ? (
          <button type="button" className="button button--ghost button--small" onClick={() => onCompare(number, latest)}>
            Compare with current
          </button>
        ) : null}
        <button type="button" className="button button--primary button--small" onClick={onBack}>
          Back to the current text
        </button>
      </div>
    </div>
  );
}
