import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';
import { DialogFooter } from './dialog-footer.tsx';

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  /** `danger` (default) for destructive actions; `primary` for weighty but constructive ones such as publishing. */
  tone?: 'danger' | 'primary';
}

/**
 * Asks before a destructive or weighty action, in an accessible alert dialog: focus
 * starts on Cancel, Escape cancels, and focus returns to the trigger.
 */
export function ConfirmDialog({ trigger, title, description, confirmLabel, onConfirm, pending = false, tone = 'danger' }: ConfirmDialogProps) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog--alert">
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog__description">{description}</AlertDialog.Description>
          <DialogFooter
            Close={AlertDialog.Cancel}
            confirm={{ label: confirmLabel, type: 'button', onClick: onConfirm, tone, disabled: pending, As: AlertDialog.Action }}
          />
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
