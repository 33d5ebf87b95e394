import { articleImportEndpoints } from './article-imports.ts';
import { articleEndpoints } from './articles.ts';
import { claimLinkEndpoints } from './claim-links.ts';
import { claimEndpoints } from './claims.ts';
import { commentEndpoints } from './comments.ts';
import { doubleRatingEndpoints } from './double-rating.ts';
import type { AnyEndpoint } from './endpoint.ts';
import { eventEndpoints } from './events.ts';
import { healthEndpoints } from './health.ts';
import { organisationEndpoints } from './organisation.ts';
import { ratingScaleEndpoints } from './rating-scale.ts';
import { reportEndpoints } from './reports.ts';
import { revisionEndpoints } from './revisions.ts';
import { searchEndpoints } from './search.ts';
import { sessionEndpoints } from './session.ts';
import { sourceSnapshotEndpoints } from './source-snapshots.ts';
import { suggestionEndpoints } from './suggestions.ts';
import { summaryEndpoints } from './summary.ts';
import { userEndpoints } from './users.ts';
import { workflowEndpoints } from './workflow.ts';

/**
 * Every endpoint of the API. The server checks at start-up that it mounts
 * each exactly once; the route tests find the endpoint of each response here
 * and parse it. Not for the client: it imports the endpoint files it calls.
 */
export const API: readonly AnyEndpoint[] = [
  healthEndpoints,
  sessionEndpoints,
  userEndpoints,
  organisationEndpoints,
  ratingScaleEndpoints,
  articleEndpoints,
  articleImportEndpoints,
  claimEndpoints,
  doubleRatingEndpoints,
  claimLinkEndpoints,
  commentEndpoints,
  revisionEndpoints,
  searchEndpoints,
  workflowEndpoints,
  eventEndpoints,
  summaryEndpoints,
  reportEndpoints,
  sourceSnapshotEndpoints,
  suggestionEndpoints,
].flatMap((group) => Object.values(group) as AnyEndpoint[]);
