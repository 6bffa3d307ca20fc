import type { ReactNode } from 'react';

/** Splits "Sh&ut Down..." into its plain text, its access key and the rendered label. */
export function parseMnemonic(label: string): { text: string; key: string | null; node: ReactNode } {
  const at = label.indexOf('&');
  if (at < 0 || at === label.length - 1) return { text: label, key: null, node: label };
  const text = label.slice(0, at) + label.slice(at + 1);
  const keyChar = label[at + 1];
  return {
    text,
    key: keyChar.toLowerCase(),
    node: (
      <>
        {label.slice(0, at)}
        <u>{keyChar}</u>
        {label.slice(at + 2)}
      </>
    ),
  };
}

/** Index of the item whose access key (or, failing that, first letter) matches `char`, searching after `from`. */
export function findByKey(labels: string[], char: string, from: number): { index: number; explicit: boolean } {
  const c = char.toLowerCase();
  const explicit = labels.findIndex((l) => parseMnemonic(l).key === c);
  if (explicit >= 0) return { index: explicit, explicit: true };
  for (let step = 1; step <= labels.length; step++) {
    const i = (from + step) % labels.length;
    if (labels[i] && parseMnemonic(labels[i]).text.toLowerCase().startsWith(c)) return { index: i, explicit: false };
  }
  return { index: -1, explicit: false };
}
