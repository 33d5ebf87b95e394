import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/use-t.ts';
import type { TextSelection } from '../hooks/use-text-selection.ts';

const BUTTON_HEIGHT = 40;
const GAP = 8;
const WIDTH = 168;

/**
 * Where the button goes: just above the selection's first line, centred on
 * it, so it covers neither the selected words nor the lines after them (the
 * next line is what a reviewer reads on to decide how far a claim goes).
 * Without room above (the first line at the top of the window) it sits on
 * the first line itself, no taller than that line, beside the selection on
 * whichever side has room: still clear of the lines below. The same in
 * left-to-right and right-to-left text: only the selection's boxes are used.
 */
export function markButtonPosition(
  firstLine: { top: number; left: number; right: number; width: number; height: number },
  viewport: { width: number },
): { top: number; left: number; height: number } {
  const clampLeft = (left: number) => Math.min(Math.max(GAP, left), viewport.width - WIDTH - GAP);
  const above = firstLine.top - GAP - BUTTON_HEIGHT;
  const centred = clampLeft(firstLine.left + firstLine.width / 2 - WIDTH / 2);
  if (above >= GAP) return { top: above, left: centred, height: BUTTON_HEIGHT };
  const level = { top: firstLine.top, height: Math.min(BUTTON_HEIGHT, firstLine.height) };
  if (firstLine.right + GAP + WIDTH + GAP <= viewport.width) return { ...level, left: firstLine.right + GAP };
  if (firstLine.left - GAP - WIDTH >= GAP) return { ...level, left: firstLine.left - GAP - WIDTH };
  return { ...level, left: centred };
}

/**
 * The "Mark as claim" button shown just above the selection (see
 * `markButtonPosition`), so it never covers the selected words or the line
 * after them. Pressing it with the mouse does not take the selection away.
 * In re-attach mode it reads "Attach here".
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
  const t = useT();
  const { top, left, height } = markButtonPosition(selection.firstLine, { width: window.innerWidth });
  return createPortal(
    <button
      type="button"
      className="mark-claim-button button button--primary"
      style={{ top, left, width: WIDTH, height }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onMark}
      disabled={pending}
      aria-keyshortcuts="m"
      data-testid="mark-claim-button"
    >
      {reattach ? (pending ? t('claims.attaching') : t('claims.attachHere')) : pending ? t('claims.marking') : t('claims.markButton')}
      <kbd className="kbd kbd--on-dark" aria-hidden="true">
        {t('claims.markKey')}
      </kbd>
    </button>,
    document.body,
  );
}
