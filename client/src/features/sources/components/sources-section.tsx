import type { Claim } from '@sanad/shared/schemas/claim';
import { STANCE_LABELS, STANCES, type ClaimSource } from '@sanad/shared/schemas/source';
import { useId } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { safeHref } from '../../../lib/safe-url.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useRemoveSource } from '../api/remove-source.ts';
import { SourceFormDialog } from './source-form-dialog.tsx';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function formatDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/**
 * A claim's sources grouped by stance (supporting, contradicting, context),
 * with add, edit and remove unless the claim is read-only (approved).
 */
export function SourcesSection({ claim, readOnly = false }: { claim: Claim; readOnly?: boolean }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`}>
      <div className="panel-section__header">
        <h3 id={`${id}-heading`} className="panel-section__heading">
          Sources <span className="count">{claim.sources.length}</span>
        </h3>
        {readOnly ? null : (
          <SourceFormDialog
            claimId={claim.id}
            claimVersion={claim.version}
            trigger={
              <button type="button" className="button button--secondary button--small">
                Add source
              </button>
            }
          />
        )}
      </div>
      {claim.sources.length === 0 ? <p className="muted">No sources yet. Add the evidence that supports or contradicts the claim.</p> : null}
      {STANCES.map((stance) => {
        const links = claim.sources.filter((link) => link.stance === stance);
        if (links.length === 0) return null;
        return (
          <section key={stance} className={`source-group source-group--${stance}`} aria-labelledby={`${id}-${stance}`} data-stance={stance}>
            <h4 id={`${id}-${stance}`} className="source-group__heading">
              {STANCE_LABELS[stance].en} <span className="count">{links.length}</span>
            </h4>
            <ul className="source-list">
              {links.map((link) => (
                <SourceItem key={link.id} claimId={claim.id} claimVersion={claim.version} link={link} readOnly={readOnly} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function SourceItem({ claimId, claimVersion, link, readOnly }: { claimId: number; claimVersion: number; link: ClaimSource; readOnly: boolean }) {
  const remove = useRemoveSource(claimId);
  const toast = useToast();
  const href = safeHref(link.source.url);
  return (
    <li className="source-item" data-testid="source-item">
      <p className="source-item__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" dir="auto">
            {link.source.title}
          </a>
        ) : (
          <span dir="auto">{link.source.title}</span>
        )}
      </p>
      <p className="source-item__meta">
        <bdi>{link.source.publisher}</bdi>
        {link.source.publishedAt ? (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={link.source.publishedAt}>{formatDate(link.source.publishedAt)}</time>
          </>
        ) : null}
        <span aria-hidden="true"> · </span>
        <span className={`stance-tag stance-tag--${link.stance}`}>{STANCE_LABELS[link.stance].en}</span>
      </p>
      {link.excerpt ? (
        <blockquote className="source-item__excerpt" dir="auto">
          {link.excerpt}
        </blockquote>
      ) : null}
      {readOnly ? null : (
        <div className="source-item__actions">
          <SourceFormDialog
            claimId={claimId}
            claimVersion={claimVersion}
            link={link}
            trigger={
              <button type="button" className="button button--ghost button--small" aria-label={`Edit source “${link.source.title}”`}>
                Edit
              </button>
            }
          />
          <ConfirmDialog
            trigger={
              <button type="button" className="button button--ghost button--small" aria-label={`Remove source “${link.source.title}”`}>
                Remove
              </button>
            }
            title="Remove this source?"
            description="The source is unlinked from this claim. Other claims citing it keep it."
            confirmLabel="Remove source"
            pending={remove.isPending}
            onConfirm={() => remove.mutate({ linkId: link.id, version: claimVersion }, { onSuccess: () => toast.show('Source removed.', 'success') })}
          />
        </div>
      )}
    </li>
  );
}
