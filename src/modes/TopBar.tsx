import { useState } from 'react';
import { formatEventTime } from '../sim/format.ts';
import { RESET_COST } from '../sim/scoring/rubric.ts';
import { sendLab, useLab, useWorld } from '../store/lab-session.ts';
import { MessageBox } from '../ui/MessageBox.tsx';
import { useAfterFirstPaint } from '../ui/use-after-first-paint.ts';
import { useModes } from './modes-store.ts';
import { canReset, canUndo } from './selectors/attempt-facts.ts';
import { policyOf } from '../sim/session/mode-policy.ts';
import { MODE_LABELS } from './selectors/time.ts';
import { exportCurrentAttempt, focusHints, showCurrentReport } from './topbar/commands.ts';
import { shareCurrentLink } from './dialogs/ShareDialog.tsx';
import { DisplaySizeSelect } from './topbar/DisplaySizeSelect.tsx';
import { ElapsedTimer } from './topbar/ElapsedTimer.tsx';
import { SecondScreenButton } from './topbar/SecondScreenButton.tsx';
import { Long } from './topbar/Long.tsx';
import { SkipAhead } from './topbar/SkipAhead.tsx';
import './modes.css';

type Confirm = 'reset' | 'stop' | null;

/** modes.css keeps the bar to one row from this width. */
const ONE_ROW = '(min-width: 1000px)';

/**
 * The lab's strip above the console: which scenario, which mode, the clocks, and the mode's commands. One
 * row down to 1000 px wide (a 1024×768 projector): below 1280 px the words marked `Long` leave the
 * screen but stay in the accessible names, and a long scenario title gives way (ellipsis, full
 * title in its tooltip and to screen readers). The first frame shows the facts only; the controls
 * follow once it is painted (the whole bar was a third of the first frame's cost on a slow laptop).
 */
export function TopBar() {
  const title = useLab((s) => s.scenario.title);
  const mode = useLab((s) => s.mode);
  const finished = useLab((s) => s.snapshot.status !== 'active');
  const undoable = useLab((s) => canUndo(s.attempt));
  const resettable = useLab((s) => canReset(s.attempt));
  const clock = useWorld((w) => formatEventTime(w.clock));
  const open = useModes((s) => s.open);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const policy = policyOf(mode);
  const painted = useAfterFirstPaint();
  // Where the bar may wrap (narrower than 1000 px), its controls come with it: arriving later, they would push the console down.
  const [oneRow] = useState(() => typeof matchMedia !== 'function' || matchMedia(ONE_ROW).matches);
  const controls = painted || !oneRow;

  return (
    <header className="modes-topbar lab-topbar" aria-label="Lab">
      <div className="topbar-info">
        <span className="topbar-title" title={title}>{title}</span>
        <span className="topbar-field"><Long>Mode: </Long>{MODE_LABELS[mode]}</span>
        <span className="topbar-field" title="Simulated time"><Long>Simulated time: </Long>{clock}</span>
        {controls && <SkipAhead />}
        {controls && policy.timer && <ElapsedTimer />}
        {controls && <DisplaySizeSelect />}
      </div>
      {controls && <div className="topbar-buttons" role="group" aria-label="Lab commands">
        <button type="button" onClick={() => open({ kind: 'catalog' })}>Scenarios…</button>
        <button type="button" onClick={() => open({ kind: 'briefing' })}>Briefing</button>
        {(finished || policy.reportWhileRunning) && <button type="button" onClick={showCurrentReport}>Report</button>}
        {policy.undoAndReset && <button type="button" disabled={!undoable || finished} onClick={() => sendLab({ type: 'attempt.undo' })}>Undo</button>}
        {policy.undoAndReset && <button type="button" disabled={!resettable || finished} onClick={() => setConfirm('reset')}>Reset…</button>}
        {policy.hints && <button type="button" disabled={finished} onClick={focusHints}>Hint</button>}
        {!finished && <button type="button" onClick={() => setConfirm('stop')}>Stop…</button>}
        <button type="button" onClick={() => void shareCurrentLink()}>Share link</button>
        <button type="button" onClick={exportCurrentAttempt}>Export<Long> attempt</Long></button>
        <button type="button" onClick={() => open({ kind: 'history' })}>History…</button>
        {policy.mapWhileRunning && <SecondScreenButton />}
      </div>}
      {confirm === 'reset' && (
        <MessageBox
          title="Reset attempt"
          icon="question"
          buttons="yesNo"
          defaultButton="no"
          message={`Start this scenario again from the beginning?\n\nEverything you did in this attempt is taken back. A reset costs ${RESET_COST} points.`}
          onResult={(r) => { setConfirm(null); if (r === 'yes') sendLab({ type: 'attempt.reset' }); }}
        />
      )}
      {confirm === 'stop' && (
        <MessageBox
          title="Stop attempt"
          icon="question"
          buttons="yesNo"
          defaultButton="no"
          message={'Stop this attempt now and see your report?\n\nStop only when the procedure cannot succeed (the KB says when). A stopped attempt cannot be continued.'}
          onResult={(r) => { setConfirm(null); if (r === 'yes') sendLab({ type: 'attempt.abandon', reason: 'The trainee stopped the attempt.' }); }}
        />
      )}
    </header>
  );
}
