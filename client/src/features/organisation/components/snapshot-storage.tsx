import { useId } from 'react';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useSnapshotStorage } from '../api/get-snapshot-storage.ts';

/** Megabytes to one decimal place. */
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * How much of the snapshots' storage budget (`SNAPSHOT_BUDGET_MB`) the kept
 * pages of sources take, for admins: when it is full, new snapshots are
 * refused until unused sources go or the budget is raised.
 */
export function SnapshotStorageSection() {
  const t = useT();
  const f = useFormat();
  const id = useId();
  const storage = useSnapshotStorage();
  if (!storage.data) return null;
  const { usedBytes, budgetBytes, snapshots } = storage.data;
  return (
    <section className="panel-section settings-storage" aria-labelledby={`${id}-snapshots`} data-testid="snapshot-storage">
      <h2 id={`${id}-snapshots`} className="panel-section__heading">
        {t('snapshots.storage.heading')}
      </h2>
      <p>{t('snapshots.storage.used', { used: f.number(megabytes(usedBytes)), budget: f.number(megabytes(budgetBytes)), count: snapshots })}</p>
      {usedBytes >= budgetBytes ? <p className="field__error">{t('errors.snapshot_budget_full')}</p> : <p className="field__help">{t('snapshots.storage.help')}</p>}
    </section>
  );
}
