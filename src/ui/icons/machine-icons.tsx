import type { ReactElement } from 'react';

// 16×16 pixel-grid drawings in the Windows 95 palette. Each is scaled, not redrawn, for 32 px.
const monitor = (x: number, y: number) => (
  <g transform={`translate(${x} ${y})`}>
    <rect x="0" y="0" width="9" height="7" fill="#c0c0c0" stroke="#000" strokeWidth="1" />
    <rect x="1.5" y="1.5" width="6" height="4" fill="#008080" />
    <rect x="2" y="7.5" width="5" height="1" fill="#808080" />
    <rect x="0.5" y="8.5" width="8" height="1.5" fill="#c0c0c0" stroke="#000" strokeWidth="0.5" />
  </g>
);

export const machineIcons: Record<string, ReactElement> = {
  computer: <g transform="translate(0.5 1.5) scale(1.5)">{monitor(0, 0)}</g>,
  cluster: (
    <>
      {monitor(0.5, 0.5)}
      {monitor(6.5, 5.5)}
      <path d="M4 11 v3 h4" stroke="#000080" fill="none" />
    </>
  ),
  tape: (
    <>
      <rect x="0.5" y="3.5" width="15" height="9" fill="#404040" stroke="#000" />
      <rect x="3" y="5" width="10" height="4" fill="#fff" />
      <circle cx="5" cy="7" r="1.5" fill="#000" />
      <circle cx="11" cy="7" r="1.5" fill="#000" />
      <rect x="4" y="10" width="8" height="2" fill="#808080" />
    </>
  ),
  backup: (
    <>
      <rect x="0.5" y="2.5" width="15" height="11" fill="#c0c0c0" stroke="#000" />
      <rect x="2" y="4" width="12" height="2" fill="#000" />
      <rect x="4" y="4.5" width="8" height="1" fill="#808080" />
      <rect x="11" y="9" width="3" height="2" fill="#00ff00" stroke="#008000" strokeWidth="0.5" />
      <rect x="2" y="9" width="6" height="1" fill="#808080" />
      <rect x="2" y="11" width="6" height="1" fill="#808080" />
    </>
  ),
  service: (
    <>
      <circle cx="8" cy="8" r="5" fill="#c0c0c0" stroke="#000" strokeDasharray="2 1.2" strokeWidth="2.5" />
      <circle cx="8" cy="8" r="4" fill="#c0c0c0" stroke="#404040" />
      <circle cx="8" cy="8" r="1.5" fill="#fff" stroke="#000" strokeWidth="0.5" />
    </>
  ),
  'registry-key': (
    <>
      <rect x="1.5" y="6.5" width="6" height="6" fill="#00ffff" stroke="#000080" />
      <rect x="8.5" y="6.5" width="6" height="6" fill="#0000ff" stroke="#000080" />
      <rect x="5" y="1.5" width="6" height="5" fill="#008080" stroke="#000080" />
    </>
  ),
  network: (
    <>
      <circle cx="8" cy="6" r="5.5" fill="#00ffff" stroke="#000080" />
      <path d="M2.5 6h11M8 0.5v11M4.5 2.5q3.5 3.5 0 7M11.5 2.5q-3.5 3.5 0 7" stroke="#008000" fill="none" />
      <rect x="2" y="12.5" width="12" height="2" fill="#c0c0c0" stroke="#000" strokeWidth="0.5" />
    </>
  ),
};
