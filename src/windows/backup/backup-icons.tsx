import type { ReactNode } from 'react';

/** Small 16×16 drawings that only NT Backup uses (drives, toolbar glyphs). */
const svg = (children: ReactNode) => (
  <svg className="nt-icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden focusable="false">
    {children}
  </svg>
);

export const floppyIcon = svg(
  <>
    <rect x="2" y="2" width="12" height="12" fill="#404040" />
    <rect x="4" y="2" width="8" height="5" fill="#c0c0c0" />
    <rect x="9" y="3" width="2" height="3" fill="#404040" />
    <rect x="4" y="9" width="8" height="5" fill="#fff" />
  </>,
);

export const hardDiskIcon = svg(
  <>
    <path d="M1 7h14v5H1z" fill="#c0c0c0" stroke="#000" strokeWidth="1" />
    <path d="M1.5 7.5L4 4h8l2.5 3.5" fill="#dfdfdf" stroke="#000" strokeWidth="1" />
    <rect x="11" y="9" width="2" height="1" fill="#00ff00" />
    <rect x="2" y="11" width="13" height="1" fill="#808080" />
  </>,
);

export const sharedDiskIcon = svg(
  <>
    <path d="M1 5h14v5H1z" fill="#c0c0c0" stroke="#000" strokeWidth="1" />
    <path d="M1.5 5.5L4 2h8l2.5 3.5" fill="#dfdfdf" stroke="#000" strokeWidth="1" />
    <rect x="11" y="7" width="2" height="1" fill="#00ff00" />
    <path d="M7 10v3M3 13h10" stroke="#000" strokeWidth="1" />
  </>,
);

export const serverIcon = svg(
  <>
    <rect x="4" y="1" width="8" height="14" fill="#c0c0c0" stroke="#000" strokeWidth="1" />
    <path d="M6 4h4M6 6h4" stroke="#000" strokeWidth="1" />
    <rect x="9" y="11" width="2" height="1" fill="#00ff00" />
  </>,
);

export const exchangeIcon = svg(
  <>
    <rect x="1.5" y="3.5" width="13" height="9" fill="#fff" stroke="#000" strokeWidth="1" />
    <path d="M2 4l6 5 6-5" fill="none" stroke="#000080" strokeWidth="1" />
  </>,
);

export const checkGlyph = svg(
  <>
    <rect x="2.5" y="2.5" width="11" height="11" fill="#fff" stroke="#000" strokeWidth="1" />
    <path d="M5 8l2 2 4-5" fill="none" stroke="#000" strokeWidth="1.6" />
  </>,
);

export const uncheckGlyph = svg(<rect x="2.5" y="2.5" width="11" height="11" fill="#fff" stroke="#000" strokeWidth="1" />);

export const catalogGlyph = svg(
  <>
    <rect x="1.5" y="4.5" width="10" height="7" fill="#404040" stroke="#000" strokeWidth="1" />
    <circle cx="4.5" cy="8" r="1.5" fill="#c0c0c0" />
    <circle cx="8.5" cy="8" r="1.5" fill="#c0c0c0" />
    <path d="M11 2h4M11 5h4M13 8h2" stroke="#000080" strokeWidth="1" />
  </>,
);

export const ejectGlyph = svg(
  <>
    <path d="M8 3l5 6H3z" fill="currentColor" />
    <rect x="3" y="11" width="10" height="2" fill="currentColor" />
  </>,
);

/** A set known only from its header: NT Backup's partially cataloged mark, a question mark on the set. */
export const partialSetIcon = svg(
  <>
    <rect x="1.5" y="3.5" width="13" height="9" fill="#c0c0c0" stroke="#000" strokeWidth="1" />
    <path d="M6 6.5a2 2 0 1 1 2.5 1.9V9.5M8.5 10.5v1" fill="none" stroke="#000080" strokeWidth="1.4" />
  </>,
);
