import { useId, useState } from 'react';
import { asciiLine, BYTES_PER_LINE, formatHex, offsets, parseHex } from './hex-dump.ts';

/**
 * Edit Binary Value's dump: offsets, the bytes in hex (the editable part), and the bytes as text.
 * The offset and text columns are drawn for the eye; the hex box is what a screen reader reads.
 */
export function HexEditor({ bytes, onChange }: { bytes: number[]; onChange: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState(formatHex(bytes));
  const lines = text.split('\n');
  const shown = parseHex(text) ?? bytes;
  return (
    <>
      <label htmlFor={id}>Value data:</label>
      <div className="regedit-hex sunken-panel">
        <pre className="regedit-hex-col" aria-hidden="true">
          {offsets(lines.length).join('\n')}
        </pre>
        <textarea
          id={id}
          rows={Math.max(7, lines.length)}
          cols={BYTES_PER_LINE * 3}
          spellCheck={false}
          wrap="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(e.target.value);
          }}
          data-autofocus
        />
        <pre className="regedit-hex-col" aria-hidden="true">
          {offsets(Math.ceil(shown.length / BYTES_PER_LINE)).map((_, i) => asciiLine(shown.slice(i * BYTES_PER_LINE, (i + 1) * BYTES_PER_LINE))).join('\n')}
        </pre>
      </div>
    </>
  );
}
