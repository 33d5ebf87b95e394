import { independentSources } from '@sanad/shared/source-independence';
import type { Claim } from '@sanad/shared/schemas/claim';
import { STANCES, type ClaimSource } from '@sanad/shared/schemas/source';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { safeHref } from '../../../lib/safe-url.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useRemoveSource } from '../api/remove-source.ts';
import { STANCE_MESSAGES } from '../stance-messages.ts';
import { AddSourceDialog, EditSourceDialog } from './source-form-dialog.tsx';
import { SourceSnapshot } from './source-snapshot.tsx';


/** The link being edited, as it was when "Edit" was pressed, with the claim version that goes with it. */
interface Editing {
  link: ClaimSource;
  version: number;
  /** The "Edit" button, to return focus to when the dialog closes. */
  opener: HTMLElement;
}

/**
 * A claim's sources grouped by stance (supporting, contradicting, context),
 * with add, edit and remove unless the claim is read-only (approved). The
 * edit dialog belongs to the section, not to the source item, so it stays
 * open with the user's input even when someone removes the link meanwhile.
 */
export function SourcesSection({
  claim,
  readOnly = false,
  requiredIndependent = 0,
}: {
  claim: Claim;
  readOnly?: boolean;
  /** The organisation's rule: independent supporting or contradicting sources needed before submission (0: none). */
  requiredIndependent?: number;
}) {
  const id = useId();
  const independent = independentSources(claim.sources);
  const [editing, setEditing] = useState<Editing | null>(null);
  const t = useT();
  const f = useFormat();
  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`}>
      <div className="panel-section__header">
        <h3 id={`${id}-heading`} className="panel-section__heading">
          {t('sources.heading')} <span className="count">{f.number(claim.sources.length)}</span>
        </h3>
        {readOnly ? null : (
          <AddSourceDialog
            claim={claim}
            trigger={
              <button type="button" className="button button--secondary button--small">
                {t('sources.add')}
              </button>
            }
          />
        )}
      </div>
      {claim.sources.length === 0 ? <p className="muted">{t('sources.empty')}</p> : null}
      {claim.sources.length > 0 || requiredIndependent > 0 ? (
        <p
          className={`independence${requiredIndependent > independent.evidence ? ' independence--short' : ''}`}
          data-testid="independent-sources"
        >
          {t('sources.independentCount', {
            supports: f.number(independent.supports),
            contradicts: f.number(independent.contradicts),
          })}
          {requiredIndependent > 0 ? (
            <>
              {' '}
              {t('sources.independentRule', { required: requiredIndependent, requiredText: f.number(requiredIndependent), have: f.number(independent.evidence) })}
            </>
          ) : null}
        </p>
      ) : null}
      {STANCES.map((stance) => {
        const links = claim.sources.filter((link) => link.stance === stance);
        if (links.length === 0) return null;
        return (
          <section key={stance} className={`source-group source-group--${stance}`} aria-labelledby={`${id}-${stance}`} data-stance={stance}>
            <h4 id={`${id}-${stance}`} className="source-group__heading">
              {t(STANCE_MESSAGES[stance])} <span className="count">{f.number(links.length)}</span>
            </h4>
            <ul className="source-list">
              {links.map((link) => (
                <SourceItem
                  key={link.id}
                  claimId={claim.id}
                  claimVersion={claim.version}
                  link={link}
                  readOnly={readOnly}
                  onEdit={(opener) => setEditing({ link, version: claim.version, opener })}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {editing ? (
        <EditSourceDialog
          key={editing.link.id}
          claim={claim}
          link={editing.link}
          baseVersion={editing.version}
          onClose={() => setEditing(null)}
          returnFocusTo={editing.opener}
        />
      ) : null}
    </section>
  );
}

interface SourceItemProps {
  claimId: number;
  claimVersion: number;
  link: ClaimSource;
  readOnly: boolean;
  /** Opens the edit dialog; `opener` is the button pressed. */
  onEdit: (opener: HTMLElement) => void;
}

function SourceItem({ claimId, claimVersion, link, readOnly, onEdit }: SourceItemProps) {
  const remove = useRemoveSource(claimId);
  const toast = useToast();
  const href = safeHref(link.source.url);
  const t = useT();
  const f = useFormat();
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
            <time dateTime={link.source.publishedAt}>{f.day(link.source.publishedAt)}</time>
          </>
        ) : null}
        <span aria-hidden="true"> · </span>
        <span className={`stance-tag stance-tag--${link.stance}`}>{t(STANCE_MESSAGES[link.stance])}</span>
      </p>
      {link.excerpt ? (
        <blockquote className="source-item__excerpt" dir="auto">
          {link.excerpt}
        </blockquote>
      ) : null}
      <SourceSnapshot claimId={claimId} claimVersion={claimVersion} link={link} readOnly={readOnly} />
      {readOnly ? null : (
        <div className="source-item__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('sources.editLabel', { title: link.source.title })}
            aria-haspopup="dialog"
            onClick={(event) => onEdit(event.currentTarget)}
          >
            {t('common.edit')}
          </button>
          <ConfirmDialog
            trigger={
              <button type="button" className="button button--ghost button--small" aria-label={t('sources.removeLabel', { title: link.source.title })}>
                {t('common.remove')}
              </button>
            }
            title={t('sources.removeTitle')}
            description={t('sources.removeDescription')}
            confirmLabel={t('sources.remove')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate({ linkId: link.id, version: claimVersion }, { onSuccess: () => toast.show(t('sources.removed'), 'success') })}
          />
        </div>
      )}
    </li>
  );
}
