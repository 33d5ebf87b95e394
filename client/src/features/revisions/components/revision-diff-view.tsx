import { useSuspenseQuery } from '@tanstack/react-query';
import type { RevisionDiff } from '@sanad/shared/schemas/revision';
import type { Direction } from '@sanad/shared/text/language';
import { useMemo } from 'react';
import { Trans } from '@lingui/react';
import { useT } from '../../../i18n/use-t.ts';
import { revisionDiffQueryOptions } from '../api/get-revision-diff.ts';

interface RevisionDiffViewProps {
  articleId: number;
  from: number;
  to: number;
  /** Number of the newest revision, for the revision pickers. */
  latest: number;
  language: string;
  direction: Direction;
  onChange: (from: number, to: number) => void;
  onClose: () => void;
}

const wordCount = (text: string) => text.split(/\s+/u).filter((word) => word !== '').length;

/** Words inserted and deleted by a diff. */
function tally(diff: RevisionDiff): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const run of diff.runs) {
    if (run.op === 'insert') inserted += wordCount(run.text);
    else if (run.op === 'delete') deleted += wordCount(run.text);
  }
  return { inserted, deleted };
}

/**
 * The word-level diff between two revisions, in the article's language and
 * direction. Inserted words are `<ins>` (green, underlined) and deleted words
 * `<del>` (red, struck through); each is also announced as "inserted" or
 * "deleted" for screen readers, so nothing depends on colour alone.
 */
export function RevisionDiffView({ articleId, from, to, latest, language, direction, onChange, onClose }: RevisionDiffViewProps) {
  const { data: diff } = useSuspenseQuery(revisionDiffQueryOptions(articleId, from, to));
  const counts = useMemo(() => tally(diff), [diff]);
  const t = useT();
  const numbers = Array.from({ length: latest }, (_, index) => latest - index);
  const options = numbers.map((number) => (
    <option key={number} value={number}>
      {t('revisions.option', { number })}
    </option>
  ));

  return (
    <section className="revision-diff" aria-labelledby="revision-diff-heading" data-testid="revision-diff">
      <div className="mode-banner mode-banner--diff">
        <div className="mode-banner__text">
          <h2 id="revision-diff-heading" className="mode-banner__title">
            {t('revisions.diffTitle', { from, to })}
          </h2>
          <p className="muted">{t('revisions.diffCounts', { inserted: counts.inserted, deleted: counts.deleted })}</p>
        </div>
        <div className="revision-diff__pickers">
          <label className="field field--inline">
            <span className="field__label">{t('revisions.from')}</span>
            <select className="input input--small" value={from} onChange={(event) => onChange(Number(event.target.value), to)}>
              {options}
            </select>
          </label>
          <label className="field field--inline">
            <span className="field__label">{t('revisions.to')}</span>
            <select className="input input--small" value={to} onChange={(event) => onChange(from, Number(event.target.value))}>
              {options}
            </select>
          </label>
          <button type="button" className="button button--secondary button--small" onClick={onClose}>
            {t('revisions.backToCurrent')}
          </button>
        </div>
      </div>
      <p className="diff-legend" aria-hidden="true">
        <ins className="diff-ins">{t('revisions.legendInserted')}</ins> <del className="diff-del">{t('revisions.legendDeleted')}</del>
      </p>
      <div className="article-text-frame">
        <div className="article-text revision-diff__text" lang={language} dir={direction} data-testid="diff-text">
          {diff.runs.map((run, index) => {
            switch (run.op) {
              case 'equal':
                return <span key={index}>{run.text}</span>;
              case 'insert':
                return (
                  <ins key={index} className="diff-ins">
                    <Trans id="revisions.srInserted" values={{ text: run.text }} components={{ 0: <span className="visually-hidden" />, 1: <span className="visually-hidden" /> }} />
                  </ins>
                );
              case 'delete':
                return (
                  <del key={index} className="diff-del">
                    <Trans id="revisions.srDeleted" values={{ text: run.text }} components={{ 0: <span className="visually-hidden" />, 1: <span className="visually-hidden" /> }} />
                  </del>
                );
            }
          })}
        </div>
      </div>
    </section>
  );
}
