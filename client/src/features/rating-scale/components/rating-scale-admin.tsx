import { Trans } from '@lingui/react';
import type { ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useLocaliseRating, useRatingScale } from '../../../lib/rating-scale.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useDeleteRating } from '../api/delete-rating.ts';
import { useSetRatingRetired } from '../api/set-rating-retired.ts';
import { useUpdateRating } from '../api/update-rating.ts';
import { RatingDialog } from './rating-dialog.tsx';

/**
 * The admin's rating scale: every rating in order with its colours, labels,
 * value, definitions and use; edit in a dialog, add, move, retire or restore,
 * and delete a rating no verdict uses.
 */
export function RatingScaleAdmin() {
  const scale = useRatingScale({ fresh: true });
  const t = useT();
  return (
    <div className="scale-admin">
      <div className="scale-admin__toolbar">
        <p className="muted">
          <Trans
            id="ratingScale.adminSummary"
            values={{ active: scale.active.length, retired: scale.ratings.length - scale.active.length }}
            components={{ 0: <Link to="/methodology" /> }}
          />
        </p>
        <RatingDialog
          trigger={
            <button type="button" className="button button--primary">
              {t('ratingScale.add')}
            </button>
          }
        />
      </div>
      <div className="scale-admin__table">
        <table className="scale-table" aria-label={t('ratingScale.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('ratingScale.colOrder')}</th>
              <th scope="col">{t('ratingScale.colRating')}</th>
              <th scope="col">{t('ratingScale.colValue')}</th>
              <th scope="col">{t('ratingScale.colDefinitions')}</th>
              <th scope="col">{t('ratingScale.colColours')}</th>
              <th scope="col">{t('ratingScale.colInUse')}</th>
              <th scope="col">{t('ratingScale.colStatus')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ratingScale.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scale.ratings.map((rating, index) => (
              <RatingRow key={rating.key} rating={rating} index={index} count={scale.ratings.length} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function RatingRow({ rating, index, count }: { rating: ScaleRating; index: number; count: number }) {
  const move = useUpdateRating();
  const retire = useSetRatingRetired();
  const remove = useDeleteRating();
  const toast = useToast();
  const t = useT();
  const f = useFormat();
  const { label } = useLocaliseRating()(rating);
  const retired = rating.retiredAt !== null;
  const moveTo = (position: number) => move.mutate({ key: rating.key, input: { position }, version: rating.version });

  return (
    <tr data-testid="rating-row" data-key={rating.key} className={retired ? 'scale-table__retired' : undefined}>
      <td className="scale-table__order">
        <span className="scale-table__position">{f.number(index + 1)}</span>
        <span className="scale-table__moves">
          <button
            type="button"
            className="button button--ghost button--icon"
            onClick={() => moveTo(index - 1)}
            disabled={index === 0 || move.isPending}
            aria-label={t('ratingScale.moveUp', { label })}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--icon"
            onClick={() => moveTo(index + 1)}
            disabled={index === count - 1 || move.isPending}
            aria-label={t('ratingScale.moveDown', { label })}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      </td>
      <th scope="row" className="scale-table__rating">
        <VerdictBadge rating={rating.key} />
        <code className="scale-table__key">{rating.key}</code>
      </th>
      <td className="scale-table__value">{rating.value === null ? <span className="muted">{t('ratingScale.noValue')}</span> : f.number(rating.value)}</td>
      <td className="scale-table__definitions">
        <p>{rating.definitionEn}</p>
        <p lang="ar" dir="rtl" className="scale-table__ar">
          {rating.definitionAr}
        </p>
      </td>
      <td className="scale-table__colours">
        <span className="scale-table__colour">
          <span className="swatch swatch--large" style={{ backgroundColor: rating.color }} aria-hidden="true" />
          <code>{rating.color}</code>
        </span>
        <span className="scale-table__colour">
          <span className="swatch swatch--large swatch--outlined" style={{ backgroundColor: rating.tint }} aria-hidden="true" />
          <code>{rating.tint}</code>
        </span>
      </td>
      <td className="scale-table__use">{rating.inUse === 0 ? <span className="muted">{t('ratingScale.unused')}</span> : t('ratingScale.verdictCount', { count: rating.inUse })}</td>
      <td>{retired ? <span className="tag tag--quiet">{t('ratingScale.retired')}</span> : t('ratingScale.active')}</td>
      <td>
        <div className="scale-table__actions">
          <RatingDialog
            rating={rating}
            trigger={
              <button type="button" className="button button--small button--secondary">
                <Trans id="ratingScale.editNamed" values={{ label }} components={{ 0: <span className="visually-hidden" /> }} />
              </button>
            }
          />
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={retire.isPending}
            onClick={() =>
              retire.mutate(
                { rating, retired: !retired },
                {
                  onSuccess: () =>
                    toast.show(retired ? t('ratingScale.restored', { label }) : t('ratingScale.retiredToast', { label }), 'success'),
                },
              )
            }
          >
            <Trans
              id={retired ? 'ratingScale.restoreNamed' : 'ratingScale.retireNamed'}
              values={{ label }}
              components={{ 0: <span className="visually-hidden" /> }}
            />
          </button>
          {rating.inUse === 0 ? (
            <ConfirmDialog
              trigger={
                <button type="button" className="button button--small button--danger-outline">
                  <Trans id="ratingScale.deleteNamed" values={{ label }} components={{ 0: <span className="visually-hidden" /> }} />
                </button>
              }
              title={t('ratingScale.deleteTitle', { label })}
              description={t('ratingScale.deleteDescription')}
              confirmLabel={t('ratingScale.delete')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate(rating, { onSuccess: () => toast.show(t('ratingScale.deleted', { label }), 'success') })}
            />
          ) : null}
        </div>
      </td>
    </tr>
  );
}
