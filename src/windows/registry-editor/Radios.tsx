import { useId } from 'react';

type Props<T extends string> = {
  legend: string;
  options: [label: string, value: T][];
  value: T;
  onChange: (value: T) => void;
};

/** A group box of radio buttons (98.css draws `input[type=radio] + label`). */
export function Radios<T extends string>({ legend, options, value, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="regedt-radios">
      <legend>{legend}</legend>
      {options.map(([label, v]) => (
        <div key={v} className="field-row">
          <input type="radio" id={`${name}-${v}`} name={name} checked={value === v} onChange={() => onChange(v)} />
          <label htmlFor={`${name}-${v}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
