import { createPortal } from 'react-dom';
import type { TextSelection } from '../hooks/use-text-selection.ts';

const BUTTON_HEIGHT = 40;
const GAP = 8;
const WIDTH = 168;

/**
 * The "Mark as claim" button shown just below the selection (above it when
 * there is no room below), so it never covers the selected words. Pressing it
 * with the mouse does not take the selection away. In re-attach mode it reads
 * "Attach here".
 */
export function MarkClaimButton({
  selection,
  onMark,
  pending,
  reattach = false,
}: {
  selection: TextSelection;
  onMark: () => void;
  pending: boolean;
  /** In re-attach mode the action moves the chosen claim here instead of marking a new one. */
  reattach?: boolean;
}) {
  const { rect } = selection;
  const below = rect.bottom + GAP + BUTTON_HEIGHT <= window.innerHeight;
  const top = below ? rect.bottom + GAP : Math.max(GAP, rect.top - GAP - BUTTON_HEIGHT);
  const left = Math.min(Math.max(GAP, rect.left + rect.width / 2 - WIDTH / 2), window.innerWidth - WIDTH - GAP);
  return createPortal(
    <button
      type="button"
      className="mark-claim-button button button--primary"
      style={{ top, left, width: WIDTH }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onMark}
      disabled={pending}
      aria-keyshortcuts="m"
    >
      {reattach ? (pending ? 'Attaching…' : 'Attach here') : pending ? 'Marking…' : 'Mark as claim'}
      <kbd className="kbd kbd--on-dark" aria-hidden="true">
        M
      </kbd>
    </button>,
    document.body,
  );
}
