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

/**
 * The letter printed on each shortcut's key, as the help shows it. The help's
 * message (`dashboard.key`) adds, in Arabic, the letter the same key types in
 * the standard Arabic layout: "J (ت)".
 */
export const QUEUE_KEYS = { next: 'J', previous: 'K', approve: 'A', requestChanges: 'R', open: 'O' } as const;

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
 * They match `KeyboardEvent.code` (the key's place), not `key`, so they work
 * with an Arabic keyboard layout active (`QUEUE_KEYS` names them for the help).
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
      // The physical key, so the shortcuts work whatever the layout (with Arabic active, KeyJ types "ت").
      const code = event.code;
      if (code === 'KeyJ' || code === 'KeyK') {
        event.preventDefault();
        latest.current.move(code === 'KeyJ' ? 1 : -1);
        return;
      }
      if (code !== 'KeyA' && code !== 'KeyR' && code !== 'KeyO') return;
      const claimId = focusedClaimId();
      if (claimId === null) return;
      event.preventDefault();
      if (code === 'KeyA') latest.current.approve(claimId);
      else if (code === 'KeyR') latest.current.requestChanges(claimId);
      else latest.current.open(claimId);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
