import type { ClaimSummary } from '@sanad/shared/claim-index';
import { useCallback, useEffect, useState } from 'react';
import { useCreateClaim } from '../../features/claims/api/create-claim.ts';
import { useMoveClaim } from '../../features/claims/api/update-claim.ts';
import { selectionIn, type TextSelection } from '../../features/claims/hooks/use-text-selection.ts';
import { useT } from '../../i18n/use-t.ts';
import { useToast } from '../../lib/toast.tsx';

interface MarkingOptions {
  articleId: number;
  text: string;
  claims: readonly ClaimSummary[];
  /** The current text's container while the current text is shown, else null. */
  textContainer: HTMLElement | null;
  /** The text's container whatever is shown: focused when re-attaching starts. */
  container: HTMLElement | null;
  selection: TextSelection | null;
  /** Opens a claim's panel: the one just marked or re-attached. */
  openClaimById: (id: number) => void;
  /** Back to the current text, out of the editor: re-attaching happens there. */
  showCurrentText: () => void;
}

/**
 * Marking the selected text as a new claim, and re-attaching an unattached
 * claim (fuzzy or orphaned after an edit) to newly selected text: one `mark`
 * does whichever is under way, with its toasts, and opens the claim after.
 */
export function useMarking({ articleId, text, claims, textContainer, container, selection, openClaimById, showCurrentText }: MarkingOptions) {
  const [reattachId, setReattachId] = useState<number | null>(null);
  const reattachClaim = reattachId === null ? undefined : claims.find((claim) => claim.id === reattachId);
  const create = useCreateClaim(articleId);
  const move = useMoveClaim();
  const toast = useToast();
  const t = useT();

  // A claim resolved elsewhere (or deleted) ends re-attach mode.
  useEffect(() => {
    if (reattachId !== null && !reattachClaim) setReattachId(null);
  }, [reattachId, reattachClaim]);

  const startReattach = useCallback(
    (id: number) => {
      showCurrentText();
      setReattachId(id);
      container?.focus({ preventScroll: true });
    },
    [container, showCurrentText],
  );

  const cancelReattach = useCallback(() => setReattachId(null), []);

  const mark = useCallback(() => {
    const chosen = (textContainer ? selectionIn(textContainer, text) : null) ?? selection;
    if (!chosen) {
      toast.show(
        reattachClaim ? t('workspace.selectReattachFirst') : t('workspace.selectMarkFirst'),
        'info',
      );
      return;
    }
    const span = { start: chosen.start, end: chosen.end, quote: chosen.quote };
    if (reattachClaim) {
      move.mutate(
        { claimId: reattachClaim.id, span, version: reattachClaim.version },
        {
          onSuccess: (claim) => {
            window.getSelection()?.removeAllRanges();
            setReattachId(null);
            toast.show(t('workspace.reattached'), 'success');
            openClaimById(claim.id);
          },
        },
      );
      return;
    }
    create.mutate(span, {
      onSuccess: (claim) => {
        window.getSelection()?.removeAllRanges();
        toast.show(t('workspace.marked'), 'success');
        openClaimById(claim.id);
      },
    });
  }, [textContainer, text, selection, reattachClaim, create, move, toast, openClaimById, t]);

  return {
    mark,
    /** A claim is being saved (marked or re-attached). */
    marking: create.isPending || move.isPending,
    /** The span of the claim being created, painted before the server answers. */
    pendingSpan: create.isPending ? create.variables : null,
    reattachId,
    reattachClaim,
    startReattach,
    cancelReattach,
  };
}
