import { defineEndpoint, json, schemasOf } from './endpoint.ts';

const snapshotSchemas = schemasOf(() => import('../schemas/source-snapshot.ts'));
const commonSchemas = schemasOf(() => import('../schemas/common.ts'));

/**
 * `/api/sources/:id/snapshot(s)`: the kept copies of a source's page. One is
 * fetched in the background when a source is first attached; a re-fetch is
 * asked for here and says whether the page changed or is gone.
 */
export const sourceSnapshotEndpoints = {
  latest: defineEndpoint({
    method: 'GET',
    path: '/sources/:id/snapshot',
    params: commonSchemas('IdParamsSchema'),
    reply: json(snapshotSchemas('LatestSnapshotSchema')),
    summary: "The source's latest snapshot with its text (null before the first).",
  }),
  capture: defineEndpoint({
    method: 'POST',
    path: '/sources/:id/snapshots',
    params: commonSchemas('IdParamsSchema'),
    reply: json(snapshotSchemas('SourceSnapshotSchema'), 201),
    summary: 'Fetch the source page again in the background; answers the pending snapshot.',
  }),
  storage: defineEndpoint({
    method: 'GET',
    path: '/source-snapshots/storage',
    reply: json(snapshotSchemas('SnapshotStorageSchema')),
    summary: 'What the kept pages take against the storage budget (admins).',
  }),
};
