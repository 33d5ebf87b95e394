import type { Correction, PublicationList } from '@sanad/shared/schemas/publication';
import type { ReportFormat, ReportKind } from '@sanad/shared/schemas/report';
import type { ErrorDetail } from '@sanad/shared/errors';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { useCan } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { downloadReport, reportUrl } from '../api/download-report.ts';
import { usePublications, usePublishArticle } from '../api/publications.ts';

/** The report formats offered for download, in the order a newsroom reaches for them. */
const REPORT_DOWNLOADS: { format: ReportFormat; label: string; description: string; published?: true }[] = [
  { format: 'pdf', label: 'PDF', description: 'Printable report rendered from the HTML' },
  { format: 'html', label: 'HTML', description: 'One self-contained web page' },
  { format: 'md', label: 'Markdown', description: 'Text for editors and content systems' },
  { format: 'csv', label: 'CSV', description: 'One row per claim, for spreadsheets' },
  { format: 'json', label: 'JSON', description: 'The full data, with a versioned schema' },
  { format: 'claimreview', label: 'ClaimReview', description: 'schema.org ClaimReview JSON-LD for search engines', published: true },
  { format: 'w3c', label: 'W3C annotations', description: 'W3C Web Annotation collection (JSON-LD)' },
];

/**
 * ClaimReview is checked against Google's requirements on export: fetch it
 * first, so a refusal shows its problems here instead of downloading an error.
 */
function ClaimReviewDownload({ articleId, onProblems }: { articleId: number; onProblems: (problems: ErrorDetail[] | null) => void }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      title="schema.org ClaimReview JSON-LD for search engines"
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
      ClaimReview
    </button>
  );
}

function Downloads({ articleId, kind }: { articleId: number; kind: ReportKind }) {
  const [problems, setProblems] = useState<ErrorDetail[] | null>(null);
  const formats = REPORT_DOWNLOADS.filter((item) => kind === 'published' || !item.published);
  return (
    <div className="report__downloads-group">
      <nav className="report__downloads" aria-label={kind === 'draft' ? 'Download the draft report' : 'Download the published report'}>
        <span className="report__downloads-label" aria-hidden="true">
          {kind === 'draft' ? 'Draft' : 'Published'}
        </span>
        {formats.map(({ format, label, description }) =>
          format === 'claimreview' ? (
            <ClaimReviewDownload key={format} articleId={articleId} onProblems={setProblems} />
          ) : (
            <a
              key={format}
              className="button button--secondary button--small"
              href={reportUrl(articleId, format, kind)}
              download
              title={description}
              data-testid={kind === 'draft' ? `download-${format}` : `download-published-${format}`}
            >
              {label}
            </a>
          ),
        )}
      </nav>
      {problems ? (
        <div className="notice notice--error" role="alert" data-testid="claimreview-problems">
          <p className="notice__title">ClaimReview cannot be exported yet:</p>
          <ul className="publication__problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function CorrectionItem({ correction }: { correction: Correction }) {
  return (
    <li className="publication__correction" data-testid="correction">
      <p className="publication__correction-head">
        <span className={correction.publishedAt ? 'publication__date' : 'publication__pending'}>
          {correction.publishedAt ? `Published ${formatTime(correction.publishedAt)}` : 'Pending: goes out with the next publication'}
        </span>
        <span className="publication__change">
          <VerdictBadge rating={correction.ratingBefore} size="small" />
          <span aria-label="changed to">→</span>
          {correction.publishedAt ? (
            correction.ratingAfter ? (
              <VerdictBadge rating={correction.ratingAfter} size="small" />
            ) : (
              <span className="muted">withdrawn for review</span>
            )
          ) : (
            <span className="muted">under review</span>
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
        Reopened {formatTime(correction.reopenedAt)}
        {correction.reopenedBy ? ` by ${correction.reopenedBy.name}` : ''}
      </p>
    </li>
  );
}

function pendingSentence({ pending }: PublicationList): string | null {
  const parts: string[] = [];
  if (pending.newClaims > 0) parts.push(pending.newClaims === 1 ? '1 newly approved claim' : `${pending.newClaims} newly approved claims`);
  if (pending.corrections > 0) parts.push(pending.corrections === 1 ? '1 correction' : `${pending.corrections} corrections`);
  return parts.length > 0 ? `${parts.join(' and ')} ${parts.length === 1 && (pending.newClaims === 1 || pending.corrections === 1) ? 'is' : 'are'} not published yet.` : null;
}

/**
 * Publishing an article's fact-check: its state (never published, or the
 * latest publication and what is pending), the editor's Publish action with
 * what it means, corrections with their dates, the publication history, and
 * downloads of the draft and of the published report.
 */
export function PublicationPanel({ articleId }: { articleId: number }) {
  const { data } = usePublications(articleId);
  const publish = usePublishArticle(articleId);
  const toast = useToast();
  const canPublish = useCan('report.publish');
  const [error, setError] = useState<string | null>(null);
  const latest = data.publications[0];
  // Before the first publication, every approved claim is new.
  const approved = data.pending.newClaims;
  const pending = pendingSentence(data);
  const publishable = latest ? data.pending.newClaims + data.pending.corrections > 0 : approved > 0;
  const first = data.publications.at(-1);
  return (
    <section className="publication" aria-labelledby="publication-heading" data-testid="publication-panel">
      <div className="publication__head">
        <h2 id="publication-heading" className="report__heading">
          Publication
        </h2>
        <span className={`publication__state ${latest ? 'publication__state--published' : ''}`} data-testid="publication-state">
          {latest ? `Published · publication ${latest.number}` : 'Not published'}
        </span>
      </div>
      {latest ? (
        <p>
          Last published {formatTime(latest.publishedAt)}
          {latest.publishedBy ? ` by ${latest.publishedBy.name}` : ''} with {latest.claims === 1 ? '1 claim' : `${latest.claims} claims`}
          {first && first.number !== latest.number ? `; first published ${formatTime(first.publishedAt)}` : ''}. Published claims are locked: changing
          one takes a reopen, which is recorded as a correction.
        </p>
      ) : (
        <p>
          Publishing sends out the approved claims as the fact-check report, records the time and locks those claims. The draft stays available for the
          desk.
        </p>
      )}
      {pending ? <p className="publication__pending-summary">{pending}</p> : null}
      {canPublish ? (
        <div className="publication__actions">
          <ConfirmDialog
            tone="primary"
            trigger={
              <button type="button" className="button button--primary" disabled={!publishable || publish.isPending}>
                {latest ? 'Publish update' : approved === 0 ? 'Publish' : approved === 1 ? 'Publish 1 approved claim' : `Publish ${approved} approved claims`}
              </button>
            }
            title={latest ? 'Publish an update?' : 'Publish this fact-check?'}
            description={
              latest
                ? `Publication ${latest.number + 1} will carry ${pending ?? 'the changes'} Readers of the published report see the corrections with today's date.`
                : `The ${approved === 1 ? 'approved claim goes' : `${approved} approved claims go`} out as the published report. They are locked from now on: a later change needs an editor to reopen the claim, and is listed as a correction.`
            }
            confirmLabel="Publish"
            pending={publish.isPending}
            onConfirm={() => {
              setError(null);
              publish.mutate(undefined, {
                onSuccess: (publication) => toast.show(`Publication ${publication.number} is out.`, 'success'),
                onError: (cause) => setError(describeError(cause)),
              });
            }}
          />
          {!publishable ? (
            <span className="muted">{approved === 0 ? 'Approve at least one claim to publish.' : 'Nothing new to publish.'}</span>
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
          <h3 className="publication__subheading">Corrections</h3>
          <ol className="publication__correction-list">
            {data.corrections.map((correction) => (
              <CorrectionItem key={correction.id} correction={correction} />
            ))}
          </ol>
        </div>
      ) : null}
      {data.publications.length > 0 ? (
        <details className="publication__history">
          <summary>Publication history ({data.publications.length})</summary>
          <table className="publication__table">
            <thead>
              <tr>
                <th scope="col">Publication</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                <th scope="col">Claims</th>
                <th scope="col">Corrections</th>
              </tr>
            </thead>
            <tbody>
              {data.publications.map((publication) => (
                <tr key={publication.id}>
                  <td>{publication.number}</td>
                  <td>{formatTime(publication.publishedAt)}</td>
                  <td>{publication.publishedBy?.name ?? '—'}</td>
                  <td>{publication.claims}</td>
                  <td>{publication.corrections}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div className="publication__downloads">
        <h3 className="publication__subheading">Download</h3>
        <Downloads articleId={articleId} kind="draft" />
        {latest ? <Downloads articleId={articleId} kind="published" /> : null}
      </div>
    </section>
  );
}
