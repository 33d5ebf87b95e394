import { Trans, useLingui } from '@lingui/react';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { restsOnFalse } from '@sanad/shared/rests-on';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { Direction } from '@sanad/shared/text/language';
import { shortenText } from '@sanad/shared/text/shorten';
import { useId, useState, type FormEvent } from 'react';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useAddRestsOn, useRemoveRestsOn } from '../api/rests-on.ts';

/** How long a quote may be in the picker's options. */
const OPTION_QUOTE = 80;

/** The flag an opinion carries when a claim it rests on is rated false or misleading (ADR 033). */
export function RestsOnFalseFlag() {
  const t = useT();
  return (
    <p className="notice notice--warning rests-on-flag" role="status" data-testid="rests-on-false">
      {t('claims.restsOnFalse')}
    </p>
  );
}

interface RestsOnSectionProps {
  claim: Claim;
  /** The article's claims as the index knows them: the picker's choices and the current ratings. */
  articleClaims: readonly ClaimSummary[];
  language: string;
  direction: Direction;
  readOnly: boolean;
  onOpen: (id: number) => void;
}

/**
 * An opinion's "Rests on" section (issue #16, ADR 033): the claims of the article it is built on,
 * each opening its own panel, and a picker (a native select, so keyboard and screen readers work as
 * everywhere) to add one; each link can be removed. The ratings shown and the flag come from the
 * article's claim index, so a verdict changed on a linked claim shows here as soon as the list has it.
 */
export function RestsOnSection({ claim, articleClaims, language, direction, readOnly, onOpen }: RestsOnSectionProps) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const scale = useRatingScale();
  const add = useAddRestsOn(claim.id);
  const remove = useRemoveRestsOn(claim.id);
  const [choice, setChoice] = useState('');
  const arabic = useLingui().i18n.locale === 'ar';
  const summaryOf = new Map(articleClaims.map((summary) => [summary.id, summary]));
  const linked = claim.restsOn.map((rest) => ({ ...rest, rating: summaryOf.has(rest.claimId) ? (summaryOf.get(rest.claimId)!.verdict?.rating ?? null) : rest.rating }));
  const linkedIds = new Set(linked.map((rest) => rest.claimId));
  const choices = articleClaims.filter((other) => other.id !== claim.id && other.kind !== 'opinion' && !linkedIds.has(other.id));
  const flagged = restsOnFalse(
    linked.map((rest) => rest.rating),
    scale.ratings,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choice === '') return;
    add.mutate(Number(choice), {
      onSuccess: () => {
        setChoice('');
        toast.show(t('claims.restsOnAdded'), 'success');
      },
    });
  }

  return (
    <section className="panel-section rests-on" aria-labelledby={`${id}-heading`} data-testid="rests-on">
      <div className="panel-section__header">
        <h3 id={`${id}-heading`} className="panel-section__heading">
          {t('claims.restsOn')} <span className="count">{f.number(linked.length)}</span>
        </h3>
      </div>
      <p className="field__help">{t('claims.restsOnHelp')}</p>
      {flagged ? <RestsOnFalseFlag /> : null}
      {linked.length === 0 ? (
        <p className="muted">{t('claims.restsOnNone')}</p>
      ) : (
        <ul className="rests-on__list">
          {linked.map((rest) => (
            <li key={rest.claimId} className="rests-on__item" data-testid="rests-on-item">
              <button
                type="button"
                className="rests-on__open"
                aria-label={t('claims.restsOnOpen', { quote: shortenText(rest.quote, OPTION_QUOTE) })}
                onClick={() => onOpen(rest.claimId)}
              >
                <VerdictBadge rating={rest.rating} size="small" />
                <span className="rests-on__quote" lang={language} dir={direction}>
                  {rest.quote}
                </span>
              </button>
              {readOnly ? null : (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate(
                      { claimId: rest.claimId, version: claim.version },
                      { onSuccess: () => toast.show(t('claims.restsOnRemoved'), 'success') },
                    )
                  }
                >
                  <Trans id="claims.restsOnRemove" values={{ quote: shortenText(rest.quote, OPTION_QUOTE) }} components={{ 0: <span className="visually-hidden" /> }} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : choices.length === 0 ? (
        <p className="muted">{t('claims.restsOnNoOthers')}</p>
      ) : (
        <form className="form form--inline rests-on__add" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-pick`} className="field__label">
              {t('claims.restsOnPick')}
            </label>
            <div className="field__row">
              <select id={`${id}-pick`} className="input select" value={choice} onChange={(event) => setChoice(event.target.value)} data-testid="rests-on-picker">
                <option value="">{t('claims.restsOnChoose')}</option>
                {choices.map((other) => (
                  <option key={other.id} value={String(other.id)}>
                    {shortenText(other.quote, OPTION_QUOTE)} ({scale.styleOf(other.verdict?.rating ?? null)[arabic ? 'labelAr' : 'labelEn']})
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--secondary" disabled={choice === '' || add.isPending}>
                {t('claims.restsOnAdd')}
              </button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}
