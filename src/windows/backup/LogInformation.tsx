import { useId, useState } from 'react';

const LEVELS = ['Full Detail', 'Summary Only', "Don't Log"] as const;

/** The Log Information group [R]: where Backup.log goes and how much it says (Q244408). */
export function LogInformation() {
  const fileId = useId();
  const name = useId();
  const [file, setFile] = useState('C:\\WINNT\\BACKUP.LOG');
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('Summary Only');
  return (
    <fieldset className="log-info">
      <legend>Log Information</legend>
      <div className="info-row">
        <label className="info-label" htmlFor={fileId}>
          Log File:
        </label>
        <input id={fileId} type="text" aria-label="Log File" className="log-file" value={file} onChange={(e) => setFile(e.target.value)} />
        <button type="button" className="browse" aria-label="Browse" disabled>
          ...
        </button>
      </div>
      <div className="log-levels" role="radiogroup" aria-label="Log detail">
        {LEVELS.map((l) => (
          <span key={l} className="nt-check">
            <input
              id={`${name}-${l}`}
              type="radio"
              name={name}
              checked={level === l}
              tabIndex={level === l ? 0 : -1}
              onChange={() => setLevel(l)}
            />
            <label htmlFor={`${name}-${l}`}>{l}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
