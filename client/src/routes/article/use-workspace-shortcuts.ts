import type { ClaimSummary } from '@sanad/shared/claim-index';
import { useEffect } from 'react';
import { focusClaimEntry } from '../../features/claims/components/claim-list.tsx';
import type { TextSelection } from '../../features/claims/hooks/use-text-selection.ts';
import { hasCommandModifier, isTypingTarget } from '../../lib/typing-target.ts';
import type { View } from './use-article-view.ts';

interface ShortcutOptions {
  claims: readonly ClaimSummary[];
  view: View;
  openClaim: ClaimSummary | undefined;
  cursorId: number | null;
  setCursorId: (id: number) => void;
  selection: TextSelection | null;
  mark: () => void;
  reattachId: number | null;
  cancelReattach: () => void;
  closePanel: () => void;
  openClaimById: (id: number) => void;
}

/**
 * The article workspace's page shortcuts, on the current text only and never
 * while typing or in a dialog: m marks the selection (Shift+M only with one),
 * j/k move through the claims (opening the next one when a claim is open,
 * else focusing its list entry), Escape leaves re-attach mode or closes the panel.
 * Letters are matched by physical key (`KeyboardEvent.code`), so they work
 * whatever the keyboard layout: on an Arabic layout j is ت, k is ن, m is ة.
 */
export function useWorkspaceShortcuts({
  claims,
  view,
  openClaim,
  cursorId,
  setCursorId,
  selection,
  mark,
  reattachId,
  cancelReattach,
  closePanel,
  openClaimById,
}: ShortcutOptions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented && event.key === 'Escape') return;
      if (hasCommandModifier(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      if (view.kind !== 'current') return;
      if (event.code === 'KeyM') {
        if (event.shiftKey && !selection) return;
        event.preventDefault();
        mark();
        return;
      }
      if (event.key === 'Escape' && reattachId !== null) {
        event.preventDefault();
        cancelReattach();
        return;
      }
      if (event.key === 'Escape' && openClaim) {
        event.preventDefault();
        closePanel();
        return;
      }
      if ((event.code === 'KeyJ' || event.code === 'KeyK') && !event.shiftKey) {
        event.preventDefault();
        if (claims.length === 0) return;
        const currentId = openClaim?.id ?? cursorId;
        const index = claims.findIndex((claim) => claim.id === currentId);
        const step = event.code === 'KeyJ' ? 1 : -1;
        const nextIndex = index === -1 ? (step === 1 ? 0 : claims.length - 1) : Math.min(claims.length - 1, Math.max(0, index + step));
        const next = claims[nextIndex];
        if (!next) return;
        if (openClaim) openClaimById(next.id);
        else {
          setCursorId(next.id);
          focusClaimEntry(next.id);
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [claims, cursorId, setCursorId, openClaim, selection, mark, closePanel, openClaimById, reattachId, cancelReattach, view.kind]);
}
