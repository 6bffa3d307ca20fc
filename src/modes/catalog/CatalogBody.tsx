import { useId, useState } from 'react';
import type { Mode } from '../../sim/scenarios/types.ts';
import { useHistory } from '../../store/history-store.ts';
import { useLab } from '../../store/lab-session.ts';
import { MODES, policyOf } from '../../sim/session/mode-policy.ts';
import { useImportedScenarios, allScenarios } from '../imported-scenarios.ts';
import { beginAttempt, keyOf, resumeOrBegin } from '../session.ts';
import { MODE_LABELS } from '../selectors/time.ts';
import { ScenarioImport } from './ScenarioImport.tsx';

const firstSentence = (text: string) => (text.match(/^.*?[.!?](\s|$)/)?.[0] ?? text).trim();

/**
 * The scenarios, a mode to start them in, and Begin (or Resume) for each. The buttons are named by
 * their verb and the scenario ("Begin: Standard online restore"), so each is distinct in a screen
 * reader's list of buttons, and no control but NT's Start button is named "Start…".
 */
export function CatalogBody({ notice }: { notice: string | null }) {
  const id = useId();
  const current = useLab((s) => s.mode);
  const [mode, setMode] = useState<Mode>(current);
  const inProgress = useHistory((s) => s.inProgress);
  useImportedScenarios((s) => s.scenarios);
  const scenarios = allScenarios();
  return (
    <div className="catalog">
      {notice && <p role="alert" className="catalog-notice">{notice}</p>}
      <fieldset className="catalog-modes">
        <legend>Mode</legend>
        {MODES.map((m) => (
          <span key={m} className="clock-choice">
            <input type="radio" id={`${id}-${m}`} name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} />
            <label htmlFor={`${id}-${m}`}>{MODE_LABELS[m]}</label>
          </span>
        ))}
      </fieldset>
      <ul className="catalog-list sunken-panel" aria-label="Scenarios">
        {scenarios.map((s, i) => {
          const saved = inProgress[keyOf(s.id, mode)];
          return (
            <li key={s.id} className={`catalog-item${i === 0 ? ' is-default' : ''}`} aria-labelledby={`${id}-${s.id}`}>
              <div className="catalog-item-title" id={`${id}-${s.id}`}>{s.title}{s.branch && <span className="catalog-branch"> ({s.branch})</span>}</div>
              <div className="catalog-brief">{firstSentence(s.briefing)}</div>
              <div className="catalog-actions">
                <button type="button" data-autofocus={i === 0 ? true : undefined} aria-label={`Begin: ${s.title}`} onClick={() => beginAttempt(s, mode)}>Begin</button>
                {saved && <button type="button" aria-label={`Resume: ${s.title}`} onClick={() => resumeOrBegin(s, mode)}>Resume</button>}
              </div>
            </li>
          );
        })}
      </ul>
      {policyOf(mode).instructorTools && <ScenarioImport />}
    </div>
  );
}
