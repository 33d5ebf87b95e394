import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentType, ReactElement } from 'react';
import { useT } from '../i18n/use-t.ts';

/** A Radix part that renders its one child as the element (`asChild`): Dialog.Close, AlertDialog.Cancel, AlertDialog.Action. */
type AsChildPart = ComponentType<{ asChild: true; children: ReactElement }>;

interface DialogFooterProps {
  /** The leave button's label: "Cancel" unless said ("Close" for a dialog that only shows). */
  cancelLabel?: string;
  /** The leave button's own handler; without one it is the dialog's close button (`Close`). */
  onCancel?: () => void;
  /** The part that makes the leave button close the dialog: Dialog.Close, or AlertDialog.Cancel (where focus starts). */
  Close?: AsChildPart;
  /** The confirm button; none for a dialog with nothing to confirm. */
  confirm?: {
    label: string;
    /** `submit` (default) for a form's dialog; `button` with `onClick` otherwise. */
    type?: 'submit' | 'button';
    onClick?: () => void;
    /** `primary` (default), or `danger` for a destructive action. */
    tone?: 'primary' | 'danger';
    disabled?: boolean;
    /** A part to wrap the button in, e.g. AlertDialog.Action so confirming closes the alert. */
    As?: AsChildPart;
  };
}

/**
 * The row of buttons at the foot of every dialog: the leave button (secondary)
 * and, when there is something to confirm, the confirm button after it.
 */
export function DialogFooter({ cancelLabel, onCancel, Close = Dialog.Close, confirm }: DialogFooterProps) {
  const t = useT();
  const leave = (
    <button type="button" className="button button--secondary" onClick={onCancel}>
      {cancelLabel ?? t('common.cancel')}
    </button>
  );
  let confirmButton: ReactElement | null = null;
  if (confirm) {
    const { label, type = 'submit', onClick, tone = 'primary', disabled = false, As } = confirm;
    confirmButton = (
      <button type={type} className={`button button--${tone}`} onClick={onClick} disabled={disabled}>
        {label}
      </button>
    );
    if (As) confirmButton = <As asChild>{confirmButton}</As>;
  }
  return (
    <div className="dialog__actions">
      {onCancel ? leave : <Close asChild>{leave}</Close>}
      {confirmButton}
    </div>
  );
}
