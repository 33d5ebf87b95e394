import { sourceSnapshotEndpoints } from '@sanad/shared/api/source-snapshots';
import { type Route, route } from '../../http/route.ts';
import { presentLatestSnapshot, presentSnapshot, presentStorage } from './source-snapshots.presenter.ts';
import type { SourceSnapshotsService } from './source-snapshots.service.ts';

/** The kept copies of sources' pages. */
export function sourceSnapshotsRoutes(snapshots: SourceSnapshotsService): Route[] {
  return [
    route(sourceSnapshotEndpoints.latest, async ({ params }, { actor }) => presentLatestSnapshot(await snapshots.latest(actor, params.id))),
    route(sourceSnapshotEndpoints.capture, async ({ params }, { actor }) => presentSnapshot(await snapshots.capture(actor, params.id))),
    route(sourceSnapshotEndpoints.storage, async (_input, { actor }) => presentStorage(await snapshots.storage(actor))),
  ];
}
