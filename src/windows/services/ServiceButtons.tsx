import type { ReactNode } from 'react';
import { parseMnemonic } from '../../ui/mnemonic.tsx';

export type ButtonSpec = { label: string; onClick: () => void; disabled?: boolean; isDefault?: boolean };

/** The applet's button column; `&` marks the access key (Alt+letter), which stays out of the name. */
export function ServiceButtons({ buttons }: { buttons: ButtonSpec[] }): ReactNode {
  return (
    <div className="svc-buttons">
      {buttons.map((b) => {
        const { node, key } = parseMnemonic(b.label);
        return (
          <button key={b.label} type="button" data-access-key={key ?? undefined} className={b.isDefault ? 'default' : undefined} disabled={b.disabled} onClick={b.onClick}>
            {node}
          </button>
        );
      })}
    </div>
  );
}

/** Alt+letter presses the button (or focuses the field) whose access key it is, within `root`. */
export function pressAccessKey(root: HTMLElement, e: { altKey: boolean; ctrlKey: boolean; code: string; preventDefault: () => void }): void {
  if (!e.altKey || e.ctrlKey || !e.code.startsWith('Key')) return;
  const target = root.querySelector<HTMLElement>(`[data-access-key="${e.code.slice(3).toLowerCase()}"]`);
  if (!target) return;
  e.preventDefault();
  if (target instanceof HTMLButtonElement) {
    if (!target.disabled) target.click();
  } else target.focus();
}
