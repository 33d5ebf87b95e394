import { useEffect, useState } from 'react';
import type { ArticleClaimDetails } from './article-claim-details.tsx';

/** What the panel takes from its module (a type-only import: the module itself stays out of the first load). */
interface ClaimDetailsModule {
  ArticleClaimDetails: typeof ArticleClaimDetails;
}

/**
 * The claim panel's code (article-claim-details and the forms it brings), loaded once: ahead of the panel at the
 * moment a claim is opened, so the code and the claim's detail travel while the workspace re-renders and jumps to
 * the claim, not one after the other (ADR 038).
 */
let loading: Promise<ClaimDetailsModule> | null = null;
let loaded: ClaimDetailsModule | null = null;

export function loadClaimDetailsCode(): Promise<ClaimDetailsModule> {
  loading ??= import('./article-claim-details.tsx').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed load (a new deployment, the network) is tried again next time rather than kept.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The panel's code once it is in, else null (and its load is started when `wanted`); `failed` when it could not be
 * loaded, so the caller can hand the error to its boundary.
 */
export function useClaimDetailsCode(wanted: boolean): { module: ClaimDetailsModule | null; failed: Error | null } {
  const [state, setState] = useState<{ module: ClaimDetailsModule | null; failed: Error | null }>(() => ({ module: loaded, failed: null }));
  useEffect(() => {
    if (state.module || !wanted) return;
    let current = true;
    loadClaimDetailsCode().then(
      (module) => current && setState({ module, failed: null }),
      (failed: unknown) => current && setState({ module: null, failed: failed instanceof Error ? failed : new Error('The claim panel could not be loaded.') }),
    );
    return () => {
      current = false;
    };
  }, [state.module, wanted]);
  return state;
}
