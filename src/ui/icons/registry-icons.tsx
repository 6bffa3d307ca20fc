import type { ReactElement } from 'react';

// Regedit's value icons: a red "ab" for strings, blue 0s and 1s for binary and DWORD data.
const digits = (y: number, text: string) => (
  <text x="1.5" y={y} fontFamily="monospace" fontSize="6" fontWeight="bold" fill="#0000ff" letterSpacing="-0.5">
    {text}
  </text>
);

export const registryIcons: Record<string, ReactElement> = {
  'reg-string': (
    <>
      <rect x="0.5" y="2.5" width="15" height="11" fill="#fff" stroke="#808080" />
      <text x="2" y="11.5" fontFamily="serif" fontSize="9" fontWeight="bold" fill="#ff0000">
        ab
      </text>
    </>
  ),
  'reg-binary': (
    <>
      <rect x="0.5" y="2.5" width="15" height="11" fill="#fff" stroke="#808080" />
      {digits(7.5, '011')}
      {digits(12.5, '110')}
    </>
  ),
};
