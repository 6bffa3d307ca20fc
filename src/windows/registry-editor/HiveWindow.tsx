import { KeyPane } from './KeyPane.tsx';
import { HIVE_TITLE } from './registry-menus.ts';
import { useRegistrySettings } from './settings-store.ts';
import type { HiveState } from './use-hive-state.ts';
import type { RegistryCommands } from './use-registry-commands.ts';
import { ValuePane } from './ValuePane.tsx';

/** Decorative MDI caption buttons: the Window and Registry menus do the same from the keyboard. */
function CaptionButton({ kind, onClick }: { kind: 'Minimize' | 'Maximize' | 'Restore' | 'Close'; onClick?: () => void }) {
  return <button type="button" aria-label={kind} aria-hidden="true" tabIndex={-1} onClick={onClick} />;
}

/** The MDI child "HKEY_LOCAL_MACHINE on Local Machine": keys on the left, values on the right. */
export function HiveWindow({ hive, cmd }: { hive: HiveState; cmd: RegistryCommands }) {
  const view = useRegistrySettings((s) => s.view);
  const state = useRegistrySettings((s) => s.hive);
  const setHive = useRegistrySettings((s) => s.setHive);
  if (state === 'closed') return null;
  if (state === 'minimized') {
    return (
      <div className="regedt-icon" aria-label={HIVE_TITLE} role="group" onDoubleClick={() => setHive('normal')}>
        <div className="title-bar inactive">
          <div className="title-bar-text">HKEY_LOCAL_MA...</div>
          <div className="title-bar-controls">
            <CaptionButton kind="Restore" onClick={() => setHive('normal')} />
            <CaptionButton kind="Maximize" onClick={() => setHive('maximized')} />
          </div>
        </div>
      </div>
    );
  }
  return (
    <section className={`window regedt-hive ${state}`} aria-label={HIVE_TITLE}>
      <div className="title-bar" onDoubleClick={() => setHive(state === 'maximized' ? 'normal' : 'maximized')}>
        <div className="title-bar-text">{HIVE_TITLE}</div>
        <div className="title-bar-controls">
          <CaptionButton kind="Minimize" onClick={() => setHive('minimized')} />
          <CaptionButton kind={state === 'maximized' ? 'Restore' : 'Maximize'} onClick={() => setHive(state === 'maximized' ? 'normal' : 'maximized')} />
          <CaptionButton kind="Close" onClick={() => setHive('closed')} />
        </div>
      </div>
      <div className={`regedt-split view-${view}`}>
        {view !== 'data' && <KeyPane hive={hive} cmd={cmd} />}
        {view !== 'tree' && (
          <ValuePane
            values={hive.values}
            selected={hive.selectedValue}
            onSelect={hive.selectValue}
            onEdit={cmd.editValue}
            onDelete={() => cmd.deleteSelected('values')}
            onFocus={() => hive.setPane('values')}
          />
        )}
      </div>
    </section>
  );
}
