import type { ReactElement } from 'react';

const folderPath = 'M0.5 3.5 h5 l1 1 h8 v9 h-14 z';

export const shellIcons: Record<string, ReactElement> = {
  folder: (
    <>
      <path d={folderPath} fill="#ffff00" stroke="#808000" />
      <path d="M1 5.5 h14" stroke="#fff" />
    </>
  ),
  group: (
    <>
      <path d={folderPath} fill="#ffff00" stroke="#808000" />
      <rect x="4" y="7" width="3" height="3" fill="#000080" />
      <rect x="8" y="9" width="3" height="3" fill="#008080" />
    </>
  ),
  resource: (
    <>
      <path d="M3.5 4.5 l4 -3 l6 2 v7 l-4 3 l-6 -2 z" fill="#c0c0c0" stroke="#000" />
      <path d="M3.5 4.5 l6 2 l4 -3 M9.5 6.5 v7" stroke="#000" fill="none" />
      <path d="M4 5.2 l5 1.6 v6 l-5 -1.6z" fill="#0000ff" opacity="0.55" />
    </>
  ),
  mail: (
    <>
      <rect x="0.5" y="8.5" width="15" height="6" fill="#c0c0c0" stroke="#000" />
      <rect x="3.5" y="2.5" width="9" height="7" fill="#fff" stroke="#000" />
      <path d="M3.5 2.5 l4.5 4 l4.5 -4" stroke="#000" fill="none" />
      <rect x="4" y="10.5" width="8" height="2" fill="#808080" />
    </>
  ),
  'control-panel': (
    <>
      <path d={folderPath} fill="#ffff00" stroke="#808000" />
      <rect x="3" y="7" width="5" height="4" fill="#008080" stroke="#000" strokeWidth="0.5" />
      <path d="M9 12 l4 -5" stroke="#ff0000" strokeWidth="1.5" />
    </>
  ),
  'windows-flag': (
    <>
      <path d="M2 3 q2.5 -1 5 0 v4.5 q-2.5 -1 -5 0z" fill="#ff0000" />
      <path d="M8 3 q2.5 1 5 0 v4.5 q-2.5 1 -5 0z" fill="#00a000" />
      <path d="M2 8.5 q2.5 -1 5 0 v4.5 q-2.5 -1 -5 0z" fill="#0000ff" />
      <path d="M8 8.5 q2.5 1 5 0 v4.5 q-2.5 1 -5 0z" fill="#ffcc00" />
    </>
  ),
  programs: (
    <>
      <rect x="2.5" y="1.5" width="11" height="9" fill="#c0c0c0" stroke="#000" />
      <rect x="3" y="2" width="10" height="2" fill="#000080" />
      <path d={folderPath} transform="translate(0 3) scale(0.75)" fill="#ffff00" stroke="#808000" />
    </>
  ),
  documents: (
    <>
      <path d="M3.5 0.5 h6 l3 3 v11 h-9z" fill="#fff" stroke="#000" />
      <path d="M5 5h6M5 7h6M5 9h6M5 11h4" stroke="#000080" />
    </>
  ),
  find: (
    <>
      <path d="M3.5 1.5 h6 l3 3 v9 h-9z" fill="#fff" stroke="#000" />
      <circle cx="7" cy="8" r="3" fill="#00ffff" stroke="#000" />
      <path d="M9 10 l5 5" stroke="#000" strokeWidth="2" />
    </>
  ),
  help: (
    <>
      <rect x="2.5" y="1.5" width="11" height="13" fill="#800080" stroke="#000" />
      <rect x="4" y="1.5" width="1" height="13" fill="#400040" />
      <path d="M7 5 q2 -2 3.5 0 q0 1.5 -1.5 2 v1.5" stroke="#ffff00" fill="none" strokeWidth="1.3" />
      <rect x="8.3" y="10" width="1.4" height="1.4" fill="#ffff00" />
    </>
  ),
  run: (
    <>
      <rect x="1.5" y="4.5" width="13" height="9" fill="#c0c0c0" stroke="#000" />
      <rect x="2" y="5" width="12" height="2" fill="#000080" />
      <path d="M5 12 l5 -4 M10 8 h-3 M10 8 v3" stroke="#000" />
    </>
  ),
  'command-prompt': (
    <>
      <rect x="1.5" y="2.5" width="13" height="11" fill="#c0c0c0" stroke="#000" />
      <rect x="2" y="3" width="12" height="2" fill="#000080" />
      <rect x="3" y="6" width="10" height="6.5" fill="#000" />
      <path d="M4 8 h2 M4 8 v2.5 h2 M7.5 10.5 h1" stroke="#c0c0c0" />
    </>
  ),
  'shut-down': (
    <>
      <rect x="1.5" y="1.5" width="12" height="9" fill="#c0c0c0" stroke="#000" />
      <rect x="3" y="3" width="9" height="6" fill="#000080" />
      <path d="M9 4 a2.2 2.2 0 1 0 1.5 3.5 a1.8 1.8 0 1 1 -1.5 -3.5z" fill="#ffff00" />
      <rect x="3.5" y="11.5" width="8" height="3" fill="#c0c0c0" stroke="#000" />
    </>
  ),
};
