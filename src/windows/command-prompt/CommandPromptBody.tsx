import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { interrupt, submitLine, worldChanged } from '../../sim/cli/console.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { getWorld, sendLab, useLab } from '../../store/lab-session.ts';
import { consoleOf, remember, saveConsole, useConsole, useHistory } from './console-store.ts';
import { sendFromConsole } from './send.ts';
import './command-prompt.css';

/**
 * cmd.exe on `node`: an 80×25 text screen (a log region) ending in the prompt, and the line being
 * typed (a labelled textbox). Commands come from src/sim/cli; this only types, shows and scrolls.
 */
export function CommandPromptBody({ node }: { node: NodeName }) {
  const state = useConsole(node);
  const history = useHistory(node);
  const world = useLab((s) => s.snapshot.context.world);
  const [line, setLine] = useState('');
  const [recall, setRecall] = useState<number | null>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // A running command (a service starting or stopping) watches every change of the world.
  useEffect(() => {
    const current = consoleOf(node);
    if (!current.job || current.asking) return;
    const next = worldChanged(current, world, sendFromConsole);
    if (next !== current) saveConsole(node, next);
  }, [world, node]);

  useEffect(() => {
    if (state.closed) sendLab({ type: 'app.close', node, app: 'command-prompt' });
  }, [state.closed, node]);

  // Like a console, keep the cursor line in view after every change.
  useLayoutEffect(() => {
    const el = screenRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  });

  const busy = state.job !== null && !state.asking;
  const submit = () => {
    const typed = line;
    setLine('');
    setRecall(null);
    if (!state.asking) remember(node, typed);
    saveConsole(node, submitLine(consoleOf(node), getWorld(), typed, sendFromConsole));
  };

  const browse = (step: -1 | 1) => {
    if (history.length === 0 || state.asking) return;
    const from = recall ?? history.length;
    const to = Math.min(history.length, Math.max(0, from + step));
    setRecall(to === history.length ? null : to);
    setLine(history[to] ?? '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (!busy) submit();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      browse(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'Escape' && !busy) {
      e.preventDefault();
      setLine('');
      setRecall(null);
    } else if ((e.key === 'c' || e.key === 'C') && e.ctrlKey && state.job) {
      e.preventDefault();
      setLine('');
      saveConsole(node, interrupt(consoleOf(node)));
    }
  };

  const lines = state.screen.split('\n');
  const above = lines.slice(0, -1).join('\n');
  const current = lines.at(-1) ?? '';
  return (
    <div className="cmd-screen" ref={screenRef} onClick={() => inputRef.current?.focus()}>
      <div role="log" aria-label="Command Prompt output" className="cmd-output">
        {above && `${above}\n`}
        {current}
      </div>
      <input
        ref={inputRef}
        className="cmd-input"
        type="text"
        aria-label={state.asking ? 'Answer' : 'Command'}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        readOnly={busy}
        value={line}
        maxLength={254}
        onChange={(e) => setLine(e.target.value)}
        onKeyDown={onKeyDown}
        style={{ width: `${Math.max(1, line.length + 1)}ch` }}
      />
    </div>
  );
}
