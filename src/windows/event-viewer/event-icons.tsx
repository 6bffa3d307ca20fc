import type { ReactElement } from 'react';
import type { EventType } from '../../sim/world/types.ts';

// Event Viewer's own 16-px type symbols: blue "i", yellow "!", red stop sign.
const DRAWINGS: Record<EventType, ReactElement> = {
  Information: (
    <>
      <circle cx="8" cy="8" r="6.8" fill="#0000ff" stroke="#000080" strokeWidth="0.8" />
      <rect x="7" y="3.3" width="2" height="2" fill="#fff" />
      <path d="M6.2 6.6h2.8v4.6h1v1.3h-3.8v-1.3h1v-3.3h-1z" fill="#fff" />
    </>
  ),
  Warning: (
    <>
      <circle cx="8" cy="8" r="6.8" fill="#ffff00" stroke="#808000" strokeWidth="0.8" />
      <rect x="7" y="3.5" width="2" height="5.8" fill="#000" />
      <rect x="7" y="10.5" width="2" height="2" fill="#000" />
    </>
  ),
  Error: (
    <>
      <path d="M5.2 0.8h5.6l4.4 4.4v5.6l-4.4 4.4h-5.6l-4.4-4.4v-5.6z" fill="#ff0000" stroke="#800000" strokeWidth="0.8" />
      <path d="M5.6 2h4.8l3.6 3.6v4.8l-3.6 3.6h-4.8l-3.6-3.6v-4.8z" fill="none" stroke="#fff" strokeWidth="0.6" />
      <rect x="3.5" y="7" width="9" height="2" fill="#fff" />
    </>
  ),
};

/** The list's type icon, labelled for assistive tech ("Error", "Warning", "Information"). */
export function EventTypeIcon({ type, size = 16 }: { type: EventType; size?: 16 | 32 }) {
  return (
    <svg className="nt-icon" width={size} height={size} viewBox="0 0 16 16" role="img" aria-label={type} focusable="false">
      {DRAWINGS[type]}
    </svg>
  );
}
