import type { Article } from '@sanad/shared/schemas/article';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import type { ReplaceTextResult } from '@sanad/shared/schemas/revision';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { OverlapChoice } from '../../features/claims/components/overlap-chooser.tsx';
import { describeReanchor } from '../../lib/reanchor-summary.ts';
import { useLocale } from '../../i18n/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useToast } from '../../lib/toast.tsx';
import { claimQueryOptions } from '../../features/claims/api/get-claim.ts';
import { loadClaimDetailsCode } from './claim-details-code.ts';

/** Which text the main column shows. */
export type View = { kind: 'current' } | { kind: 'edit' } | { kind: 'revision'; number: number } | { kind: 'diff'; from: number; to: number };

/** Which text to show: the current one (nothing given), an earlier revision, or the changes between two. */
export interface TextTarget {
  revision?: number;
  from?: number;
  to?: number;
}

/** A positive whole number from a search parameter, else null. */
function positiveParam(value: string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

/** A non-negative whole number from a search parameter, else null. */
function offsetParam(value: string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : null;
}

/**
 * What the article workspace shows, most of it read from the URL's search
 * parameters: `claim` (the open claim), `at`/`len` (a passage to flash, from
 * search), `revision` (an earlier revision, read-only) and `from`/`to` (a diff
 * between two revisions). Beside them the state that is not worth a URL: the
 * editor being open, the summary of the last save, the claim list's cursor,
 * the entry to focus when the list comes back, and the overlap chooser.
 */
export function useArticleView(article: Article, claims: readonly ClaimSummary[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const [saveSummary, setSaveSummary] = useState<string | null>(null);
  const [cursorId, setCursorId] = useState<number | null>(null);
  const [returnFocusId, setReturnFocusId] = useState<number | null>(null);
  const [overlap, setOverlap] = useState<OverlapChoice | null>(null);
  const toast = useToast();
  const t = useT();
  const locale = useLocale();
  const openId = Number(searchParams.get('claim')) || null;
  const openClaim = openId === null ? undefined : claims.find((claim) => claim.id === openId);

  const view: View = useMemo(() => {
    if (editing) return { kind: 'edit' };
    const from = positiveParam(searchParams.get('from'));
    const to = positiveParam(searchParams.get('to'));
    if (from !== null && to !== null && from !== to && from <= article.revision && to <= article.revision) return { kind: 'diff', from, to };
    const number = positiveParam(searchParams.get('revision'));
    if (number !== null && number < article.revision) return { kind: 'revision', number };
    return { kind: 'current' };
  }, [editing, searchParams, article.revision]);
  const flashAt = offsetParam(searchParams.get('at'));
  const flashLength = positiveParam(searchParams.get('len'));

  const updateParams = useCallback(
    (change: (next: URLSearchParams) => void) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace: false },
      );
    },
    [setSearchParams],
  );

  // What the panel needs for a claim (its detail and the panel's code) is asked for as it is opened, before the
  // workspace re-renders and moves to it; the panel, when it mounts, finds both on their way (ADR 038).
  const queryClient = useQueryClient();
  const prepareClaim = useCallback(
    (id: number) => {
      void queryClient.prefetchQuery(claimQueryOptions(id));
      void loadClaimDetailsCode().catch(() => undefined);
    },
    [queryClient],
  );
  // A claim opened from a link (or by back/forward): both start with the page, not after the text is in. After an
  // opening through `openClaimById` this finds both already on their way (the query and the import are shared).
  useEffect(() => {
    if (openId !== null) prepareClaim(openId);
  }, [openId, prepareClaim]);

  const openClaimById = useCallback(
    (id: number) => {
      prepareClaim(id);
      setOverlap(null);
      setCursorId(id);
      updateParams((next) => next.set('claim', String(id)));
    },
    [updateParams, prepareClaim],
  );

  const closePanel = useCallback(() => {
    if (openClaim) setReturnFocusId(openClaim.id);
    updateParams((next) => next.delete('claim'));
  }, [openClaim, updateParams]);

  const showText = useCallback(
    (target: TextTarget) => {
      updateParams((next) => {
        for (const key of ['revision', 'from', 'to', 'at', 'len']) next.delete(key);
        if (target.revision !== undefined && target.revision !== article.revision) next.set('revision', String(target.revision));
        if (target.from !== undefined && target.to !== undefined) {
          next.set('from', String(target.from));
          next.set('to', String(target.to));
        }
      });
    },
    [updateParams, article.revision],
  );

  const onSaved = useCallback(
    (result: ReplaceTextResult) => {
      setEditing(false);
      const summary = describeReanchor(t, locale, result.counts);
      setSaveSummary(t('workspace.savedSummary', { revision: result.article.revision, summary }));
      toast.show(t('workspace.saved', { revision: result.article.revision }), 'success');
    },
    [toast, t, locale],
  );

  return {
    view,
    openClaim,
    flashAt,
    flashLength,
    editing,
    setEditing,
    saveSummary,
    setSaveSummary,
    cursorId,
    setCursorId,
    returnFocusId,
    overlap,
    setOverlap,
    showText,
    openClaimById,
    prepareClaim,
    closePanel,
    onSaved,
  };
}

/** The workspace's view, as `useArticleView` returns it. */
export type ArticleView = ReturnType<typeof useArticleView>;
