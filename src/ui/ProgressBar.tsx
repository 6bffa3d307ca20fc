type Props = {
  /** Accessible name of the bar. */
  label: string;
  /** 0–100. */
  percent: number;
  /** What a screen reader says for the value, e.g. "40%"; the number alone when omitted. */
  valueText?: string;
  className?: string;
};

/** NT 4's segmented progress bar (98.css `progress-indicator segmented`) with its ARIA values. */
export function ProgressBar({ label, percent, valueText, className }: Props) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className={className ? `progress-indicator segmented ${className}` : 'progress-indicator segmented'}
    >
      <span className="progress-indicator-bar" style={{ width: `${percent}%` }} />
    </div>
  );
}
