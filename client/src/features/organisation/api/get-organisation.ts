import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@sanad/shared/schemas/organisation';
import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { callApi } from '../../../lib/api-client.ts';
import { organisationKeys } from '../../../lib/query-keys.ts';

/** `GET /api/organisation` (anyone signed in): name, site, logo, where fact-checks are published, the report's language. */
export function getOrganisation(signal?: AbortSignal): Promise<Organisation> {
  return callApi(organisationEndpoints.get, { signal });
}

export const organisationQueryOptions = () => queryOptions({ queryKey: organisationKeys.all, queryFn: ({ signal }) => getOrganisation(signal) });

/** The organisation's settings. */
export function useOrganisation() {
  return useQuery(organisationQueryOptions());
}
