import type { ReactElement } from 'react';
import { Icon, type IconName } from '../../ui/Icon.tsx';

// 16-unit drawings in the Windows 95 palette, drawn at 32 px like Explorer's Large Icons view.
const S = { stroke: '#000', strokeWidth: 0.6 };

const monitor = (
  <>
    <rect x="1.5" y="1.5" width="13" height="10" fill="#c0c0c0" {...S} />
    <rect x="3" y="3" width="10" height="7" fill="#008080" />
    <rect x="4" y="12" width="8" height="1.5" fill="#808080" />
    <rect x="2.5" y="13.5" width="11" height="2" fill="#c0c0c0" {...S} />
  </>
);
const folder = (inner: ReactElement) => (
  <>
    <path d="M0.5 4.5 h5 l1 -1.5 h4 v1.5 h5 v10 h-15z" fill="#ffff80" stroke="#808000" strokeWidth="0.6" />
    {inner}
  </>
);
const card = (
  <>
    <rect x="1" y="4" width="14" height="8" fill="#008000" {...S} />
    <rect x="3" y="6" width="3" height="3" fill="#000" />
    <rect x="7" y="6" width="3" height="3" fill="#000" />
    <path d="M2 12v2M4 12v2M6 12v2M8 12v2M10 12v2M12 12v2" stroke="#ffd700" strokeWidth="1" />
  </>
);
const globe = (
  <>
    <circle cx="8" cy="8" r="6.5" fill="#00ffff" stroke="#000080" strokeWidth="0.8" />
    <path d="M4 4 q3 1 2 4 q-1 3 1 5 M10 2.5 q-1 3 2 4 q2 1 1 4" stroke="#008000" strokeWidth="1.6" fill="none" />
  </>
);
const speaker = (
  <>
    <path d="M2 6h3l4-3.5v11l-4-3.5h-3z" fill="#c0c0c0" {...S} />
    <path d="M11 5q2 3 0 6M13 3.5q3 4.5 0 9" stroke="#000" fill="none" strokeWidth="0.8" />
  </>
);
const phone = (
  <>
    <rect x="2.5" y="7.5" width="11" height="6" fill="#c0c0c0" {...S} />
    <path d="M1.5 6 q6.5 -5 13 0 l-2 2 h-2 v-1.5 h-5 v1.5 h-2z" fill="#404040" {...S} />
    <rect x="6" y="9" width="4" height="3" fill="#fff" {...S} />
  </>
);

export const APPLET_ICONS: Record<string, ReactElement> = {
  accessibility: (
    <>
      <circle cx="8" cy="8" r="7" fill="#0000ff" {...S} />
      <circle cx="8" cy="4" r="1.4" fill="#fff" />
      <path d="M4 6.5h8M8 6.5v3.5l-2.5 3.5M8 10l2.5 3.5" stroke="#fff" strokeWidth="1.3" fill="none" />
    </>
  ),
  programs: (
    <>
      <path d="M1.5 6.5l6.5-3 6.5 3v7l-6.5 2-6.5-2z" fill="#c0a060" {...S} />
      <circle cx="8" cy="6" r="3.5" fill="#e0e0ff" {...S} />
      <circle cx="8" cy="6" r="0.9" fill="#fff" {...S} />
    </>
  ),
  console: (
    <>
      <rect x="0.5" y="2.5" width="15" height="11" fill="#000" stroke="#808080" />
      <rect x="0.5" y="2.5" width="15" height="2" fill="#000080" />
      <text x="2" y="11" fontSize="5" fill="#c0c0c0" fontFamily="monospace">C:\</text>
    </>
  ),
  datetime: (
    <>
      <rect x="0.5" y="2.5" width="10" height="11" fill="#fff" {...S} />
      <rect x="0.5" y="2.5" width="10" height="3" fill="#ff0000" {...S} />
      <circle cx="11" cy="10" r="4.3" fill="#ffff80" {...S} />
      <path d="M11 7.5v2.5h2" stroke="#000" strokeWidth="0.8" fill="none" />
    </>
  ),
  devices: card,
  display: monitor,
  fonts: folder(<text x="5" y="13" fontSize="8" fontFamily="serif" fontWeight="bold" fill="#000080">A</text>),
  internet: globe,
  keyboard: (
    <>
      <path d="M0.5 6.5h15v6h-15z" fill="#c0c0c0" {...S} />
      <path d="M2 8h12M2 9.8h12M3 11.3h10" stroke="#fff" strokeWidth="0.9" strokeDasharray="1 0.6" />
    </>
  ),
  modems: (
    <>
      <path d="M1 9.5h14v3.5h-14z" fill="#c0c0c0" {...S} />
      <circle cx="3" cy="11.3" r="0.7" fill="#ff0000" />
      <circle cx="5" cy="11.3" r="0.7" fill="#00ff00" />
      <path d="M4 8 q4 -7 8 0" stroke="#404040" strokeWidth="1.6" fill="none" />
    </>
  ),
  mouse: (
    <>
      <path d="M5 5 q3 -3 6 0 v6 q-3 4 -6 0z" fill="#fff" {...S} />
      <path d="M5 7.5h6M8 3.8v3.7" stroke="#000" strokeWidth="0.6" />
      <path d="M8 3.8q0 -3 4 -3" stroke="#000" strokeWidth="0.6" fill="none" />
    </>
  ),
  multimedia: (
    <>
      {speaker}
      <circle cx="12" cy="12" r="3.3" fill="#e0e0ff" {...S} />
      <circle cx="12" cy="12" r="0.8" fill="#fff" {...S} />
    </>
  ),
  odbc: (
    <>
      <ellipse cx="8" cy="3.5" rx="6" ry="2" fill="#ffff00" {...S} />
      <path d="M2 3.5v9a6 2 0 0 0 12 0v-9" fill="#ffff00" {...S} />
      <path d="M2 7a6 2 0 0 0 12 0M2 10a6 2 0 0 0 12 0" stroke="#000" strokeWidth="0.6" fill="none" />
    </>
  ),
  pccard: (
    <>
      <rect x="3" y="1.5" width="10" height="13" fill="#808080" {...S} />
      <rect x="4.5" y="3" width="7" height="5" fill="#c0c0c0" />
      <path d="M4 13.5h8" stroke="#ffd700" strokeDasharray="0.6 0.4" />
    </>
  ),
  ports: (
    <>
      <path d="M1.5 5.5h13l-1.5 5h-10z" fill="#c0c0c0" {...S} />
      <path d="M4 7.2h8M5 8.8h6" stroke="#000" strokeDasharray="0.7 0.8" />
    </>
  ),
  printers: folder(
    <>
      <rect x="4" y="8" width="9" height="4" fill="#c0c0c0" {...S} />
      <rect x="5.5" y="6" width="6" height="2" fill="#fff" {...S} />
    </>,
  ),
  regional: (
    <>
      {globe}
      <rect x="9" y="9" width="6.5" height="6" fill="#fff" {...S} />
      <path d="M10 11h4.5M10 13h4.5" stroke="#000080" strokeWidth="0.8" />
    </>
  ),
  scsi: card,
  server: monitor,
  sounds: speaker,
  system: monitor,
  telephony: phone,
  ups: (
    <>
      <rect x="3.5" y="2.5" width="9" height="12" fill="#404040" {...S} />
      <rect x="6" y="1" width="4" height="1.5" fill="#808080" {...S} />
      <path d="M9 4.5l-3 4h3l-2 4.5" stroke="#ffff00" strokeWidth="1.1" fill="none" />
    </>
  ),
};

/** Applets drawn by the shared icon set. */
const SHARED: Record<string, IconName> = { network: 'network', services: 'service', tape: 'tape' };

/** A Control Panel icon, hidden from assistive tech (the item's label names it). */
export function AppletIcon({ name, size }: { name: string; size: 16 | 32 }) {
  if (SHARED[name]) return <Icon name={SHARED[name]} size={size} />;
  return (
    <svg className="nt-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {APPLET_ICONS[name]}
    </svg>
  );
}
