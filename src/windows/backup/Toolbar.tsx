import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { catalogGlyph, checkGlyph, ejectGlyph, uncheckGlyph } from './backup-icons.tsx';

type Props = {
  canRestore: boolean;
  canCheck: boolean;
  onRestore: () => void;
  onCheck: (on: boolean) => void;
  onCatalog: () => void;
};

type Tool = { label: string; text?: string; glyph?: ReactNode; disabled?: boolean; onClick?: () => void; gapBefore?: boolean };

/**
 * The row under the menu bar: Backup and Restore as text buttons (Q164805: "the Restore button in
 * the upper part of the main window"), then glyph buttons. One Tab stop; arrow keys move (APG toolbar).
 */
export function Toolbar({ canRestore, canCheck, onRestore, onCheck, onCatalog }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const tools: Tool[] = [
    { label: 'Backup', text: 'Backup', disabled: true },
    { label: 'Restore', text: 'Restore', disabled: !canRestore, onClick: onRestore },
    { label: 'Check', glyph: checkGlyph, disabled: !canCheck, onClick: () => onCheck(true), gapBefore: true },
    { label: 'Uncheck', glyph: uncheckGlyph, disabled: !canCheck, onClick: () => onCheck(false) },
    { label: 'Catalog', glyph: catalogGlyph, onClick: onCatalog, gapBefore: true },
    { label: 'Eject Tape', glyph: ejectGlyph, disabled: true },
  ];
  const enabled = tools.map((t, i) => (t.disabled ? -1 : i)).filter((i) => i >= 0);
  const first = enabled[0] ?? -1;

  const onKeyDown = (e: KeyboardEvent) => {
    const at = enabled.indexOf(refs.current.findIndex((b) => b === document.activeElement));
    if (at < 0) return;
    let next = -1;
    if (e.key === 'ArrowRight') next = enabled[(at + 1) % enabled.length];
    else if (e.key === 'ArrowLeft') next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (e.key === 'Home') next = enabled[0];
    else if (e.key === 'End') next = enabled[enabled.length - 1];
    if (next < 0) return;
    e.preventDefault();
    refs.current[next]?.focus();
  };

  return (
    <div role="toolbar" aria-label="Toolbar" className="backup-toolbar" onKeyDown={onKeyDown}>
      {tools.map((t, i) => (
        <button
          key={t.label}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          className={`${t.text ? 'tool-text' : 'tool-glyph'}${t.gapBefore ? ' tool-gap' : ''}`}
          aria-label={t.text ? undefined : t.label}
          title={t.text ? undefined : t.label}
          tabIndex={i === first ? 0 : -1}
          disabled={t.disabled}
          onClick={t.onClick}
        >
          {t.text ?? t.glyph}
        </button>
      ))}
    </div>
  );
}
