import { useId } from 'react';
import { useHistory } from '../../store/history-store.ts';
import { setClockSpeed, useLab } from '../../store/lab-session.ts';

const SPEEDS = [
  { speed: 0, label: 'Pause' },
  { speed: 1, label: '1×' },
  { speed: 10, label: '10×' },
];

/** Instructor: pause simulated time or run it faster (remembered for next time). */
export function ClockControl() {
  const name = useId();
  const speed = useLab((s) => s.clockSpeed);
  const choose = (s: number) => {
    setClockSpeed(s);
    useHistory.getState().setSettings({ clockSpeed: s });
  };
  const other = !SPEEDS.some((s) => s.speed === speed);
  return (
    <fieldset className="dock-fieldset">
      <legend>Simulated time</legend>
      <div className="field-row clock-choices" role="radiogroup" aria-label="Clock speed">
        {SPEEDS.map((s) => (
          <span key={s.speed} className="clock-choice">
            <input type="radio" id={`${name}-${s.speed}`} name={name} checked={speed === s.speed} onChange={() => choose(s.speed)} />
            <label htmlFor={`${name}-${s.speed}`}>{s.label}</label>
          </span>
        ))}
      </div>
      {other && <p className="coach-note">Running at {speed}× (set by the link).</p>}
    </fieldset>
  );
}
