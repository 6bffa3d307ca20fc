import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import type { ObjectAction } from './commands.ts';
import { TOOLBAR_ICONS } from './toolbar-icons.tsx';

type Tool = { label: string; icon: ReactNode; action?: ObjectAction; pressed?: boolean } | 'gap';

const glyph = (name: string) => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    {TOOLBAR_ICONS[name]}
  </svg>
);

type Props = { openConnection: () => void; properties: ObjectAction; bringOnline: ObjectAction; takeOffline: ObjectAction };

/**
 * CLUADMIN's toolbar. Like every NT 4 toolbar it is for the mouse (not in the Tab order);
 * each button repeats a menu command, which is where the keyboard reaches it.
 */
export function Toolbar({ openConnection, properties, bringOnline, takeOffline }: Props) {
  const tools: Tool[] = [
    { label: 'Open Connection', icon: <Icon name="cluster" />, action: { enabled: true, run: openConnection } },
    'gap',
    { label: 'Properties', icon: glyph('properties'), action: properties },
    'gap',
    { label: 'Bring Online', icon: glyph('online'), action: bringOnline },
    { label: 'Take Offline', icon: glyph('offline'), action: takeOffline },
    'gap',
    { label: 'Large Icons', icon: glyph('large'), pressed: false },
    { label: 'Small Icons', icon: glyph('small'), pressed: false },
    { label: 'List', icon: glyph('list'), pressed: false },
    { label: 'Details', icon: glyph('details'), pressed: true },
  ];
  return (
    <div role="toolbar" aria-label="Toolbar" className="cluadmin-toolbar">
      {tools.map((t, i) =>
        t === 'gap' ? (
          <span key={`gap-${i}`} className="cluadmin-toolbar-gap" />
        ) : (
          <button
            key={t.label}
            type="button"
            tabIndex={-1}
            aria-label={t.label}
            title={t.label}
            aria-pressed={t.pressed}
            disabled={t.action ? !t.action.enabled : false}
            onClick={t.action?.run}
          >
            {t.icon}
          </button>
        ),
      )}
    </div>
  );
}
