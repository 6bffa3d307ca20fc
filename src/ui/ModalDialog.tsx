import type { ReactNode } from 'react';
import { ModalShell } from './ModalShell.tsx';

export type ModalDialogProps = {
  title: string;
  children: ReactNode;
  /** Escape, Alt+F4 and the title bar's Close button. Omit for a box the user cannot dismiss (progress). */
  onCancel?: () => void;
  /** Id of the element that describes the dialog (its main text), if any. */
  describedBy?: string;
  className?: string;
};

const AUTOFOCUS = '[data-autofocus]:not([disabled])';
const FIRST = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * An owned NT dialog box (Properties, Event Detail, a progress box) on the modal shell:
 * `role="dialog"`, Escape = Cancel. Focus starts on `[data-autofocus]`, else the first control.
 */
export function ModalDialog({ title, children, onCancel, describedBy, className }: ModalDialogProps) {
  return (
    <ModalShell
      title={title}
      role="dialog"
      className={`window modal-dialog ${className ?? ''}`}
      onCancel={onCancel}
      describedBy={describedBy}
      focusable
      initialFocus={(box) => {
        const body = box.querySelector('.modal-dialog-body');
        return body?.querySelector<HTMLElement>(AUTOFOCUS) ?? body?.querySelector<HTMLElement>(FIRST);
      }}
    >
      <div className="window-body modal-dialog-body">{children}</div>
    </ModalShell>
  );
}
