import { useId } from 'react';
import { DISPLAY_SIZES, useDisplayPrefs, type DisplaySize } from '../../store/display-prefs.ts';
import { Long } from './Long.tsx';

/** Display size of the console for a projector: 100 %, 150 % or 200 % (remembered per browser). */
export function DisplaySizeSelect() {
  const id = useId();
  const size = useDisplayPrefs((s) => s.displaySize);
  const setSize = useDisplayPrefs((s) => s.setDisplaySize);
  return (
    <span className="topbar-display">
      <label htmlFor={id}>Display<Long> size:</Long></label>
      <select id={id} value={size} onChange={(e) => setSize(Number(e.target.value) as DisplaySize)}>
        {DISPLAY_SIZES.map((s) => <option key={s} value={s}>{s * 100} %</option>)}
      </select>
    </span>
  );
}
