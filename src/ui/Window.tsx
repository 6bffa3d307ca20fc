import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useFocusTrap } from './use-focus-trap.ts';
import { useTitleBarDrag } from './use-title-bar-drag.ts';

export type WindowProps = {
  id: string;
  title: string;
  icon?: ReactNode;
  x: number;
  y: number;
  width: number;
  height: number;
  z: number;
  active: boolean;
  minimized: boolean;
  maximized: boolean;
  modal?: boolean;
  /** Dialogs (Run, message boxes) have no Minimize/Maximize. */
  canMinimize?: boolean;
  canMaximize?: boolean;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  onMove: (x: number, y: number) => void;
  onFocus: () => void;
  onMinimize: () => void;
  onMaximize: () => void;
  onClose: () => void;
  menuBar?: ReactNode;
  statusBar?: ReactNode;
  children: ReactNode;
};

/** A 98.css window with NT 4 behaviour: raise on click, drag by the title bar, Alt+F4 closes. */
export function Window(props: WindowProps) {
  const { id, title, icon, x, y, width, height, z, active, minimized, maximized, modal } = props;
  const { canMinimize = true, canMaximize = true, role = 'dialog', describedBy } = props;
  const { onMove, onFocus, onMinimize, onMaximize, onClose, menuBar, statusBar, children } = props;
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const drag = useTitleBarDrag(x, y, !maximized, onMove);
  useFocusTrap(rootRef, !!modal);

  // A window that becomes active (opened, or restored from the taskbar) takes focus unless it has it.
  useEffect(() => {
    const root = rootRef.current;
    if (!active || minimized || !root || root.contains(document.activeElement)) return;
    // A dialog or menu the program portalled outside its frame keeps the focus it has.
    if (document.activeElement?.closest('[aria-modal="true"], [role="menu"]')) return;
    root.focus({ preventScroll: true });
  }, [active, minimized]);

  const geometry = maximized ? { left: 0, top: 0, width: '100%', height: '100%' } : { left: x, top: y, width, height };
  const frame = (
    <div
      ref={rootRef}
      id={id}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      aria-modal={modal || undefined}
      tabIndex={-1}
      hidden={minimized}
      className={`window nt-window${maximized ? ' maximized' : ''}`}
      style={{ ...geometry, zIndex: z }}
      onPointerDownCapture={() => !active && onFocus()}
      onFocusCapture={() => !active && onFocus()}
      onKeyDown={(e) => {
        if (e.altKey && e.key === 'F4') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className={`title-bar${active ? '' : ' inactive'}`} {...drag} onDoubleClick={(e) => canMaximize && !(e.target as Element).closest('button') && onMaximize()}>
        {icon && <span className="title-bar-icon">{icon}</span>}
        <div id={titleId} className="title-bar-text">
          {title}
        </div>
        <div className="title-bar-controls">
          {canMinimize && <button type="button" aria-label="Minimize" onClick={onMinimize} />}
          {canMaximize && <button type="button" aria-label={maximized ? 'Restore' : 'Maximize'} onClick={onMaximize} />}
          <button type="button" aria-label="Close" onClick={onClose} />
        </div>
      </div>
      {menuBar}
      <div className="window-body">{children}</div>
      {statusBar && <div className="status-bar">{statusBar}</div>}
    </div>
  );
  if (!modal) return frame;
  // A modal window blocks pointer input to everything beneath it, as an owned dialog does.
  return (
    <>
      <div className="modal-backdrop" style={{ zIndex: z }} />
      {frame}
    </>
  );
}
