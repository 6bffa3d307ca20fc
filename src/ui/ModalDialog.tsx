import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from './use-focus-trap.ts';

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
 * An owned NT dialog box (Properties, Event Detail, a progress box): `role="dialog"`, modal,
 * named by its title, focus trapped and returned on close, Escape = Cancel. Portalled to
 * <body> and centred, like MessageBox. Focus starts on `[data-autofocus]`, else the first control.
 */
export function ModalDialog({ title, children, onCancel, describedBy, className }: ModalDialogProps) {
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  useFocusTrap(boxRef);
  useEffect(() => {
    const box = boxRef.current;
    const body = box?.querySelector('.modal-dialog-body');
    (body?.querySelector<HTMLElement>(AUTOFOCUS) ?? body?.querySelector<HTMLElement>(FIRST) ?? box)?.focus();
  }, []);

  return createPortal(
    <div className="modal-layer">
      <div
        ref={boxRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`window modal-dialog ${className ?? ''}`}
        onKeyDown={(e) => {
          // Keys must not reach the owner window (its Alt+F4 would close the program).
          if (e.key === 'Escape' || (e.altKey && e.key === 'F4')) {
            e.preventDefault();
            e.stopPropagation();
            onCancel?.();
          }
        }}
      >
        <div className="title-bar">
          <div id={titleId} className="title-bar-text">
            {title}
          </div>
          <div className="title-bar-controls">
            <button type="button" aria-label="Close" tabIndex={-1} disabled={!onCancel} onClick={() => onCancel?.()} />
          </div>
        </div>
        <div className="window-body modal-dialog-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}
