import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  icon: ReactNode;
  active: boolean;
  onActivate: () => void;
  className?: string;
  children: ReactNode;
};

/**
 * A document window inside Backup's MDI client area (Drives, Tapes): a small caption bar, navy when
 * active, and drawn-only Minimize/Maximize/Restore boxes (the lab keeps both open).
 */
export function MdiChild({ title, icon, active, onActivate, className, children }: Props) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={`window mdi-child${active ? ' active' : ''} ${className ?? ''}`}
      onPointerDownCapture={onActivate}
      onFocusCapture={onActivate}
    >
      <div className={`title-bar mdi-caption${active ? '' : ' inactive'}`}>
        <span className="title-bar-icon">{icon}</span>
        <div id={titleId} className="title-bar-text">
          {title}
        </div>
        <div className="title-bar-controls" aria-hidden>
          <span className="mdi-box minimize" />
          <span className="mdi-box maximize" />
        </div>
      </div>
      <div className="mdi-body">{children}</div>
    </section>
  );
}
