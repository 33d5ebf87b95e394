import type { ScaleRating } from '@sanad/shared/schemas/rating-scale';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { VerdictBadge } from '../../../components/verdict-badge.tsx';
import { useRatingScale } from '../../../lib/rating-scale.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useDeleteRating } from '../api/delete-rating.ts';
import { useSetRatingRetired } from '../api/set-rating-retired.ts';
import { useUpdateRating } from '../api/update-rating.ts';
import { RatingDialog } from './rating-dialog.tsx';

const verdicts = (count: number) => `${count} ${count === 1 ? 'verdict' : 'verdicts'}`;

/**
 * The admin's rating scale: every rating in order with its colours, labels,
 * value, definitions and use; edit in a dialog, add, move, retire or restore,
 * and delete a rating no verdict uses.
 */
export function RatingScaleAdmin() {
  const scale = useRatingScale({ fresh: true });
  return (
    <div className="scale-admin">
      <div className="scale-admin__toolbar">
        <p className="muted">
          {scale.active.length} active {scale.active.length === 1 ? 'rating' : 'ratings'}
          {scale.ratings.length > scale.active.length ? `, ${scale.ratings.length - scale.active.length} retired` : ''}. Reviewers see them in this
          order; the <Link to="/methodology">methodology page</Link> publishes the active ones.
        </p>
        <RatingDialog
          trigger={
            <button type="button" className="button button--primary">
              Add rating
            </button>
          }
        />
      </div>
      <div className="scale-admin__table">
        <table className="scale-table" aria-label="Rating scale">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Rating</th>
              <th scope="col">Value</th>
              <th scope="col">Definitions</th>
              <th scope="col">Colours</th>
              <th scope="col">In use</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
  const retired = rating.retiredAt !== null;
  const moveTo = (position: number) => move.mutate({ key: rating.key, input: { position }, version: rating.version });

  return (
    <tr data-testid="rating-row" data-key={rating.key} className={retired ? 'scale-table__retired' : undefined}>
      <td className="scale-table__order">
        <span className="scale-table__position">{index + 1}</span>
        <span className="scale-table__moves">
          <button
            type="button"
            className="button button--ghost button--icon"
            onClick={() => moveTo(index - 1)}
            disabled={index === 0 || move.isPending}
            aria-label={`Move ${rating.labelEn} up`}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--icon"
            onClick={() => moveTo(index + 1)}
            disabled={index === count - 1 || move.isPending}
            aria-label={`Move ${rating.labelEn} down`}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      </td>
      <th scope="row" className="scale-table__rating">
        <VerdictBadge rating={rating.key} />
        <code className="scale-table__key">{rating.key}</code>
      </th>
      <td className="scale-table__value">{rating.value ?? <span className="muted">None</span>}</td>
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
      <td className="scale-table__use">{rating.inUse === 0 ? <span className="muted">Unused</span> : verdicts(rating.inUse)}</td>
      <td>{retired ? <span className="tag tag--quiet">Retired</span> : 'Active'}</td>
      <td>
        <div className="scale-table__actions">
          <RatingDialog
            rating={rating}
            trigger={
              <button type="button" className="button button--small button--secondary">
                Edit<span className="visually-hidden"> {rating.labelEn}</span>
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
                    toast.show(retired ? `“${rating.labelEn}” is offered again.` : `“${rating.labelEn}” retired: verdicts keep it, new ones cannot use it.`, 'success'),
                },
              )
            }
          >
            {retired ? 'Restore' : 'Retire'}
            <span className="visually-hidden"> {rating.labelEn}</span>
          </button>
          {rating.inUse === 0 ? (
            <ConfirmDialog
              trigger={
                <button type="button" className="button button--small button--danger-outline">
                  Delete<span className="visually-hidden"> {rating.labelEn}</span>
                </button>
              }
              title={`Delete “${rating.labelEn}”?`}
              description="No verdict uses this rating. It is removed from the scale for good; to stop offering it but keep it on record, retire it instead."
              confirmLabel="Delete rating"
              pending={remove.isPending}
              onConfirm={() => remove.mutate(rating, { onSuccess: () => toast.show(`“${rating.labelEn}” deleted.`, 'success') })}
            />
          ) : null}
        </div>
      </td>
    </tr>
  );
}
