import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from './use-focus-trap.ts';

export type ModalShellProps = {
  title: string;
  /** `alertdialog` for a message box, `dialog` for any other owned box. */
  role: 'dialog' | 'alertdialog';
  className: string;
  /** Escape, Alt+F4 and the title bar's Close button; omit for a box the user cannot dismiss. */
  onCancel?: () => void;
  /** Id of the element that describes the box (its main text), if any. */
  describedBy?: string;
  /** Where focus starts (given the box); the box itself when this finds nothing. */
  initialFocus?: (box: HTMLDivElement) => HTMLElement | null | undefined;
  /** The box takes focus itself (`tabIndex=-1`) when nothing inside can. */
  focusable?: boolean;
  onMouseDown?: (e: MouseEvent<HTMLDivElement>) => void;
  /** Everything under the title bar. */
  children: ReactNode;
};

/**
 * The one modal NT box: portalled to <body> and centred above every window, `aria-modal`, named
 * by its title, focus trapped and returned on close, Escape and Alt+F4 answered here so they never
 * reach the owner window (its Alt+F4 would close the program). MessageBox and ModalDialog build on it.
 */
export function ModalShell({ title, role, className, onCancel, describedBy, initialFocus, focusable = false, onMouseDown, children }: ModalShellProps) {
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  // Read only on opening: later renders must not pull the focus back.
  const focusOnOpen = useRef(initialFocus);
  useFocusTrap(boxRef);
  useEffect(() => {
    const box = boxRef.current;
    if (box) (focusOnOpen.current?.(box) ?? box).focus();
  }, []);

  return createPortal(
    <div className="modal-layer">
      <div
        ref={boxRef}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={focusable ? -1 : undefined}
        className={className}
        onMouseDown={onMouseDown}
        onKeyDown={(e) => {
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
        {children}
      </div>
    </div>,
    document.body,
  );
}
