import * as Dialog from '@radix-ui/react-dialog';
import type { ClaimSource } from '@sanad/shared/schemas/source';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { describeError } from '../../../lib/api-client.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useCaptureSnapshot } from '../api/capture-snapshot.ts';
import { useUpdateSource } from '../api/update-source.ts';
import { useLatestSnapshot } from '../api/get-snapshot.ts';

/**
 * The kept copy of a source's page (issue #17): "Keeping a snapshot…" while
 * it is fetched in the background, then "Snapshot of <date>", which opens the
 * stored text, with whether the page changed since the previous snapshot or is
 * gone, and "Fetch again" unless the claim is read-only.
 */
export function SourceSnapshot({ claimId, claimVersion, link, readOnly }: { claimId: number; claimVersion: number; link: ClaimSource; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const source = link.source;
  const latest = useLatestSnapshot(source.id);
  const capture = useCaptureSnapshot(source.id);
  const update = useUpdateSource(claimId);
  const snapshot = latest.data?.snapshot ?? null;
  if (!snapshot) return null;
  // What the page says that the source does not: offered, never applied unasked.
  const suggested = {
    ...(snapshot.title && snapshot.title !== source.title ? { title: snapshot.title } : {}),
    ...(snapshot.publisher && snapshot.publisher !== source.publisher ? { publisher: snapshot.publisher } : {}),
    ...(snapshot.publishedOn && snapshot.publishedOn !== source.publishedAt ? { publishedAt: snapshot.publishedOn } : {}),
  };
  const suggestions = [suggested.title, suggested.publisher, suggested.publishedAt ? f.day(suggested.publishedAt) : undefined].filter((value): value is string => value !== undefined);
  const date = snapshot.fetchedAt ? f.dateTime(snapshot.fetchedAt) : '';

  let status;
  if (snapshot.status === 'pending') {
    status = <span className="source-snapshot__pending">{t('snapshots.pending')}</span>;
  } else if (snapshot.status === 'ok') {
    status = (
      <>
        <Dialog.Root>
          <Dialog.Trigger asChild>
            <button type="button" className="button button--ghost button--small" aria-label={t('snapshots.openLabel', { title: source.title, date })}>
              {t('snapshots.open', { date })}
            </button>
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="dialog-overlay" />
            <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
              <Dialog.Title className="dialog__title">{t('snapshots.dialogTitle', { date })}</Dialog.Title>
              {snapshot.finalUrl ? (
                <p className="field__help">
                  <bdi dir="ltr">{t('snapshots.fetchedFrom', { url: snapshot.finalUrl })}</bdi>
                </p>
              ) : null}
              <div className="source-snapshot__text" data-testid="snapshot-text">
                {snapshot.text ? snapshot.text.split('\n\n').map((paragraph, index) => <p key={index} dir="auto">{paragraph}</p>) : <p>{t('snapshots.noText')}</p>}
              </div>
              <DialogFooter cancelLabel={t('snapshots.close')} />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
        {snapshot.changed === true ? <span className="source-snapshot__changed">{t('snapshots.changed')}</span> : null}
        {suggestions.length > 0 && !readOnly ? (
          <span className="source-snapshot__suggestion">
            <span>{t('snapshots.suggested', { details: suggestions.join(' · ') })}</span>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={update.isPending}
              onClick={() =>
                update.mutate(
                  { linkId: link.id, input: suggested, version: claimVersion },
                  { onSuccess: () => toast.show(t('snapshots.suggestionUsed'), 'success'), onError: (error) => toast.show(describeError(error), 'error') },
                )
              }
            >
              {t('snapshots.useSuggestion')}
            </button>
          </span>
        ) : null}
        {snapshot.changed === false ? <span className="muted">{t('snapshots.unchanged')}</span> : null}
      </>
    );
  } else if (snapshot.gone) {
    status = <span className="source-snapshot__changed">{t('snapshots.gone', { status: snapshot.httpStatus ?? 404, date })}</span>;
  } else {
    status = <span className="muted">{t('snapshots.failed', { reason: t(snapshot.errorCode ? `errors.${snapshot.errorCode}` : 'errors.unknown') })}</span>;
  }

  return (
    <p className="source-snapshot" data-testid="source-snapshot" aria-live="polite">
      {status}
      {readOnly || snapshot.status === 'pending' ? null : (
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t('snapshots.refetchLabel', { title: source.title })}
          disabled={capture.isPending}
          onClick={() => capture.mutate()}
        >
          {t('snapshots.refetch')}
        </button>
      )}
    </p>
  );
}
