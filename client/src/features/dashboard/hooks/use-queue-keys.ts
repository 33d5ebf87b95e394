import { useEffect, useRef } from 'react';
import { hasCommandModifier, isTypingTarget } from '../../../lib/typing-target.ts';

/** What the queue does for each shortcut. */
export interface QueueKeyHandlers {
  /** `j` (+1) or `k` (-1): move the focus to the next or previous item. */
  move: (step: 1 | -1) => void;
  /** `a`: approve the focused item. */
  approve: (claimId: number) => void;
  /** `r`: request changes on the focused item. */
  requestChanges: (claimId: number) => void;
  /** `o`: open the focused item's claim in its article. */
  open: (claimId: number) => void;
}

/** The queue item that holds the focus, if any (an item or a control inside one). */
function focusedClaimId(): number | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  const item = active.closest<HTMLElement>('[data-queue-claim]');
  const id = Number(item?.dataset.queueClaim);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * The queue's keyboard shortcuts, on the whole page: `j`/`k` move between
 * items from anywhere; `a`, `r` and `o` act on the focused item only. Keys
 * typed in a field, with Ctrl/Alt/Meta, or while a dialog is open are left alone.
 */
export function useQueueKeys(handlers: QueueKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || hasCommandModifier(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const key = event.key;
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        latest.current.move(key === 'j' ? 1 : -1);
        return;
      }
      if (key !== 'a' && key !== 'r' && key !== 'o') return;
      const claimId = focusedClaimId();
      if (claimId === null) return;
      event.preventDefault();
      if (key === 'a') latest.current.approve(claimId);
      else if (key === 'r') latest.current.requestChanges(claimId);
      else latest.current.open(claimId);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
