import { queryOptions, useQuery } from '@tanstack/react-query';
import { doubleRatingEndpoints } from '@sanad/shared/api/double-rating';
import type { AgreementReport } from '@sanad/shared/schemas/double-rating';
import { callApi } from '../../../lib/api-client.ts';
import { agreementKeys } from '../../../lib/query-keys.ts';

type Range = { from?: string | undefined; to?: string | undefined };

/** `GET /api/agreement` (editors): agreement between raters for the desk, per article and per pair, over a range of days. */
export function getAgreement(range: Range, signal?: AbortSignal): Promise<AgreementReport> {
  const query = { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  return callApi(doubleRatingEndpoints.agreement, { query, signal });
}

export const agreementQueryOptions = (range: Range) => queryOptions({ queryKey: agreementKeys.range(range), queryFn: ({ signal }) => getAgreement(range, signal) });

export function useAgreement(range: Range) {
  return useQuery(agreementQueryOptions(range));
}
