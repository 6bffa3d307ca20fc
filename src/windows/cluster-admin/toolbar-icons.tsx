import type { ReactElement } from 'react';

/** 16×16 toolbar glyphs in the Windows 95 palette (CLUADMIN's toolbar bitmap, redrawn). */
const box = <path d="M3 6.5 l4 -2 l5 1.5 v6 l-4 2 l-5 -1.5z M3 6.5 l5 1.5 l4 -2 M8 8 v6.5" fill="#8080ff" stroke="#000080" strokeWidth="0.8" />;

export const TOOLBAR_ICONS: Record<string, ReactElement> = {
  online: (
    <>
      {box}
      <path d="M12.5 0.5 l3 3.5 h-2 v3.5 h-2 v-3.5 h-2z" fill="#00c000" stroke="#004000" strokeWidth="0.6" />
    </>
  ),
  offline: (
    <>
      {box}
      <path d="M12.5 8 l3 -3.5 h-2 v-3.5 h-2 v3.5 h-2z" fill="#ff0000" stroke="#400000" strokeWidth="0.6" />
    </>
  ),
  properties: (
    <>
      <rect x="2.5" y="1.5" width="10" height="13" fill="#fff" stroke="#000" />
      <path d="M4.5 4.5 h6 M4.5 7 h6 M4.5 9.5 h6 M4.5 12 h4" stroke="#000080" />
    </>
  ),
  large: (
    <>
      <rect x="1.5" y="1.5" width="5" height="5" fill="#fff" stroke="#000080" />
      <rect x="9.5" y="1.5" width="5" height="5" fill="#fff" stroke="#000080" />
      <rect x="1.5" y="9.5" width="5" height="5" fill="#fff" stroke="#000080" />
      <rect x="9.5" y="9.5" width="5" height="5" fill="#fff" stroke="#000080" />
    </>
  ),
  small: (
    <path d="M1 2h3v3H1z M6 3h3 M1 10h3v3H1z M6 11h3 M10 2h3v3h-3z M14.5 3h1 M10 10h3v3h-3z M14.5 11h1" fill="#fff" stroke="#000080" />
  ),
  list: <path d="M1 2h3v3H1z M5.5 3.5h3 M1 10h3v3H1z M5.5 11.5h3 M9 2h3v3H9z M13 3.5h2 M9 10h3v3H9z M13 11.5h2" fill="#fff" stroke="#000080" />,
  details: (
    <path d="M1 1.5h3v3H1z M5.5 3h9 M1 6.5h3v3H1z M5.5 8h9 M1 11.5h3v3H1z M5.5 13h9" fill="#fff" stroke="#000080" />
  ),
};
