import { AgreementQuerySchema } from '@sanad/shared/schemas/double-rating';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The URL parameters of the agreement panel's date range: named apart from the
 * dashboard's own `from`/`to` (the days articles were added), which filter
 * something else.
 */
export const AGREEMENT_RANGE_PARAMS = { from: 'agreementFrom', to: 'agreementTo' } as const;

export type AgreementRangeEnd = keyof typeof AGREEMENT_RANGE_PARAMS;

/** One end of the range from the URL, parsed by the contract; dropped when it does not parse (a hand-edited URL cannot break the page). */
function pick(params: URLSearchParams, end: AgreementRangeEnd): string | undefined {
  const parsed = AgreementQuerySchema.shape[end].safeParse(params.get(AGREEMENT_RANGE_PARAMS[end]) ?? undefined);
  return parsed.success ? parsed.data : undefined;
}

/** The agreement panel's date range, read from and written to the URL query so a view can be bookmarked and shared. */
export function useAgreementRange() {
  const [params, setParams] = useSearchParams();
  const from = pick(params, 'from');
  const to = pick(params, 'to');
  const range = useMemo(() => ({ from, to }), [from, to]);

  const setRange = useCallback(
    (changes: Partial<Record<AgreementRangeEnd, string | undefined>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [end, value] of Object.entries(changes) as [AgreementRangeEnd, string | undefined][]) {
            if (value === undefined || value === '') next.delete(AGREEMENT_RANGE_PARAMS[end]);
            else next.set(AGREEMENT_RANGE_PARAMS[end], value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );

  return { range, setRange };
}
