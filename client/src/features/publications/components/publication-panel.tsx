import type { Correction, PublicationList } from '@sanad/shared/schemas/publication';
import type { ReportFormat, ReportKind } from '@sanad/shared/schemas/report';
import type { ErrorDetail } from '@sanad/shared/errors';
import { Trans } from '@lingui/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../i18n/format.ts';
import { type MessageId, type Translate, useT } from '../../../i18n/use-t.ts';
import { useCan } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { downloadReport, reportUrl } from '../api/download-report.ts';
import { usePublications, usePublishArticle } from '../api/publications.ts';

/** The report formats offered for download, in the order a newsroom reaches for them. */
// Format names (PDF, HTML, Markdown…) are the formats' own names and stay as they are in every language; W3C's needs words.
const REPORT_DOWNLOADS: { format: ReportFormat; name?: string; label?: MessageId; description: MessageId; published?: true }[] = [
  { format: 'pdf', name: 'PDF', description: 'publications.format.pdf' },
  { format: 'html', name: 'HTML', description: 'publications.format.html' },
  { format: 'md', name: 'Markdown', description: 'publications.format.md' },
  { format: 'csv', name: 'CSV', description: 'publications.format.csv' },
  { format: 'json', name: 'JSON', description: 'publications.format.json' },
  { format: 'claimreview', name: 'ClaimReview', description: 'publications.format.claimreview', published: true },
  { format: 'w3c', label: 'publications.w3cLabel', description: 'publications.format.w3c' },
];

/**
 * ClaimReview is checked against Google's requirements on export: fetch it
 * first, so a refusal shows its problems here instead of downloading an error.
 */
function ClaimReviewDownload({ articleId, onProblems }: { articleId: number; onProblems: (problems: ErrorDetail[] | null) => void }) {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      title={t('publications.format.claimreview')}
      data-testid="download-published-claimreview"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        onProblems(null);
        try {
          const url = URL.createObjectURL(await downloadReport(articleId, 'claimreview', 'published'));
          const link = document.createElement('a');
          link.href = url;
          link.download = `sanad-article-${articleId}-published.claimreview.jsonld`;
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        } catch (error) {
          onProblems(error instanceof ApiError && error.details.length > 0 ? error.details : [{ path: [], message: describeError(error) }]);
        } finally {
          setPending(false);
        }
      }}
    >
      {/* eslint-disable lingui/no-unlocalized-strings -- the format's own name (schema.org), not translated */}
      ClaimReview
      {/* eslint-enable lingui/no-unlocalized-strings */}
    </button>
  );
}

function Downloads({ articleId, kind }: { articleId: number; kind: ReportKind }) {
  const t = useT();
  const [problems, setProblems] = useState<ErrorDetail[] | null>(null);
  const formats = REPORT_DOWNLOADS.filter((item) => kind === 'published' || !item.published);
  return (
    <div className="report__downloads-group">
      <nav className="report__downloads" aria-label={kind === 'draft' ? t('publications.downloadDraft') : t('publications.downloadPublished')}>
        <span className="report__downloads-label" aria-hidden="true">
          {kind === 'draft' ? t('publications.draft') : t('publications.published')}
        </span>
        {formats.map(({ format, name, label, description }) =>
          format === 'claimreview' ? (
            <ClaimReviewDownload key={format} articleId={articleId} onProblems={setProblems} />
          ) : (
            <a
              key={format}
              className="button button--secondary button--small"
              href={reportUrl(articleId, format, kind)}
              download
              title={t(description)}
              data-testid={kind === 'draft' ? `download-${format}` : `download-published-${format}`}
            >
              {label ? t(label) : name}
            </a>
          ),
        )}
      </nav>
      {problems ? (
        <div className="notice notice--error" role="alert" data-testid="claimreview-problems">
          <p className="notice__title">{t('publications.claimReviewProblems')}</p>
          <ul className="publication__problems">
            {problems.map((problem, index) => (
              <li key={index} dir="auto">
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function CorrectionItem({ correction }: { correction: Correction }) {
  const t = useT();
  const f = useFormat();
  return (
    <li className="publication__correction" data-testid="correction">
      <p className="publication__correction-head">
        <span className={correction.publishedAt ? 'publication__date' : 'publication__pending'}>
          {correction.publishedAt ? t('publications.correctionPublished', { when: f.dateTime(correction.publishedAt) }) : t('publications.correctionPending')}
        </span>
        <span className="publication__change">
          <VerdictBadge rating={correction.ratingBefore} size="small" />
          <span className="publication__arrow" role="img" aria-label={t('publications.changedTo')}>
            →
          </span>
          {correction.publishedAt ? (
            correction.ratingAfter ? (
              <VerdictBadge rating={correction.ratingAfter} size="small" />
            ) : (
              <span className="muted">{t('publications.withdrawnForReview')}</span>
            )
          ) : (
            <span className="muted">{t('publications.underReview')}</span>
          )}
        </span>
      </p>
      <blockquote className="publication__quote" dir="auto">
        <bdi>{correction.quote}</bdi>
      </blockquote>
      <p className="publication__reason" dir="auto">
        {correction.reason}
      </p>
      <p className="muted publication__by">
        {correction.reopenedBy ? (
          <Trans
            id={'publications.reopenedBy' satisfies MessageId}
            values={{ when: f.dateTime(correction.reopenedAt), name: correction.reopenedBy.name }}
            components={{ 0: <bdi /> }}
          />
        ) : (
          t('publications.reopened', { when: f.dateTime(correction.reopenedAt) })
        )}
      </p>
    </li>
  );
}

/** What is approved or corrected but not published yet, as one sentence (null when nothing is). */
function pendingSentence({ pending }: PublicationList, t: Translate): string | null {
  if (pending.newClaims === 0 && pending.corrections === 0) return null;
  if (pending.corrections === 0) return t('publications.pendingClaims', { claims: pending.newClaims });
  if (pending.newClaims === 0) return t('publications.pendingCorrections', { corrections: pending.corrections });
  return t('publications.pendingBoth', { claims: pending.newClaims, corrections: pending.corrections });
}

/** What the next publication will carry, for the confirmation (the same counts as `pendingSentence`). */
function updateCarries({ pending }: PublicationList, t: Translate): string {
  if (pending.corrections === 0) return t('publications.carriesClaims', { claims: pending.newClaims });
  if (pending.newClaims === 0) return t('publications.carriesCorrections', { corrections: pending.corrections });
  return t('publications.carriesBoth', { claims: pending.newClaims, corrections: pending.corrections });
}

/**
 * Publishing an article's fact-check: its state (never published, or the
 * latest publication and what is pending), the editor's Publish action with
 * what it means, corrections with their dates, the publication history, and
 * downloads of the draft and of the published report.
 */
export function PublicationPanel({ articleId }: { articleId: number }) {
  const t = useT();
  const f = useFormat();
  const { data } = usePublications(articleId);
  const publish = usePublishArticle(articleId);
  const toast = useToast();
  const canPublish = useCan('report.publish');
  const [error, setError] = useState<string | null>(null);
  const latest = data.publications[0];
  // Before the first publication, every approved claim is new.
  const approved = data.pending.newClaims;
  const pending = pendingSentence(data, t);
  const publishable = latest ? data.pending.newClaims + data.pending.corrections > 0 : approved > 0;
  const first = data.publications.at(-1);
  return (
    <section className="publication" aria-labelledby="publication-heading" data-testid="publication-panel">
      <div className="publication__head">
        <h2 id="publication-heading" className="report__heading">
          {t('publications.heading')}
        </h2>
        <span className={`publication__state ${latest ? 'publication__state--published' : ''}`} data-testid="publication-state">
          {latest ? t('publications.stateNumber', { number: f.number(latest.number) }) : t('publications.notPublished')}
        </span>
      </div>
      {latest ? (
        <p>
          <Trans
            id={'publications.lastPublished' satisfies MessageId}
            values={{
              when: f.dateTime(latest.publishedAt),
              by: latest.publishedBy ? 'someone' : 'nobody',
              name: latest.publishedBy?.name ?? '',
              claims: latest.claims,
              again: first && first.number !== latest.number ? 'yes' : 'no',
              first: first ? f.dateTime(first.publishedAt) : '',
            }}
            components={{ 0: <bdi /> }}
          />
        </p>
      ) : (
        <p>{t('publications.firstExplained')}</p>
      )}
      {pending ? <p className="publication__pending-summary">{pending}</p> : null}
      {canPublish ? (
        <div className="publication__actions">
          <ConfirmDialog
            tone="primary"
            trigger={
              <button type="button" className="button button--primary" disabled={!publishable || publish.isPending}>
                {latest ? t('publications.publishUpdate') : t('publications.publishClaims', { count: approved })}
              </button>
            }
            title={latest ? t('publications.confirmUpdateTitle') : t('publications.confirmFirstTitle')}
            description={
              latest
                ? t('publications.confirmUpdate', { number: f.number(latest.number + 1), carries: updateCarries(data, t) })
                : t('publications.confirmFirst', { count: approved })
            }
            confirmLabel={t('publications.publish')}
            pending={publish.isPending}
            onConfirm={() => {
              setError(null);
              publish.mutate(undefined, {
                onSuccess: (publication) => toast.show(t('publications.publishedToast', { number: f.number(publication.number) }), 'success'),
                onError: (cause) => setError(describeError(cause)),
              });
            }}
          />
          {!publishable ? (
            <span className="muted">{approved === 0 ? t('publications.approveFirst') : t('publications.nothingNew')}</span>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {data.corrections.length > 0 ? (
        <div className="publication__corrections">
          <h3 className="publication__subheading">{t('publications.corrections')}</h3>
          <ol className="publication__correction-list">
            {data.corrections.map((correction) => (
              <CorrectionItem key={correction.id} correction={correction} />
            ))}
          </ol>
        </div>
      ) : null}
      {data.publications.length > 0 ? (
        <details className="publication__history">
          <summary>{t('publications.history', { count: f.number(data.publications.length) })}</summary>
          <table className="publication__table">
            <thead>
              <tr>
                <th scope="col">{t('publications.column.number')}</th>
                <th scope="col">{t('publications.column.published')}</th>
                <th scope="col">{t('publications.column.by')}</th>
                <th scope="col">{t('publications.column.claims')}</th>
                <th scope="col">{t('publications.column.corrections')}</th>
              </tr>
            </thead>
            <tbody>
              {data.publications.map((publication) => (
                <tr key={publication.id}>
                  <td>{f.number(publication.number)}</td>
                  <td>{f.dateTime(publication.publishedAt)}</td>
                  <td>{publication.publishedBy ? <bdi>{publication.publishedBy.name}</bdi> : '—'}</td>
                  <td>{f.number(publication.claims)}</td>
                  <td>{f.number(publication.corrections)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div className="publication__downloads">
        <h3 className="publication__subheading">{t('publications.download')}</h3>
        <Downloads articleId={articleId} kind="draft" />
        {latest ? <Downloads articleId={articleId} kind="published" /> : null}
      </div>
    </section>
  );
}
