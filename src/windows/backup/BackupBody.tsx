import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { useState } from 'react';
import { tapeCatalog } from '../../sim/selectors/tape-catalog.ts';
import type { NodeName } from '../../sim/world/names.ts';
import { useWorld } from '../../store/lab-session.ts';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { backupMenus, type CheckTarget } from './backup-menus.ts';
import { DrivesPane } from './DrivesPane.tsx';
import { ExchangeConnect } from './ExchangeConnect.tsx';
import { ExchangePane } from './ExchangePane.tsx';
import { RestoreInformation } from './RestoreInformation.tsx';
import { RestoreStatus } from './RestoreStatus.tsx';
import { TapesPane } from './TapesPane.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useBackupUi } from './use-backup-ui.ts';
import './backup.css';
import './backup-tapes.css';
import './restore-information.css';
import './restore-status.css';

/** Windows NT Backup 4.0 on `node`'s console: menus, toolbar, the Drives and Tapes windows, and its dialogs. */
export function BackupBody({ node }: { node: NodeName }) {
  const ui = useBackupUi(node);
  const tapeField = useWorld((w) => tapeCatalog(w).barText);
  const [toolbar, setToolbar] = useState(true);
  const [statusBar, setStatusBar] = useState(true);
  const [layout, setLayout] = useState<'tile' | 'cascade'>('tile');
  const [current, setCurrent] = useState<CheckTarget>('set');
  const help = ui.showHelp;

  // Select > Check / Uncheck and the toolbar glyphs act on the focused item, else the whole set.
  const check = (on: boolean) => {
    const items = current === 'set' ? ['Directory' as const, 'Information Store' as const] : [current];
    const rest = ui.selection.filter((i) => !items.includes(i));
    ui.setTicked(on ? [...rest, ...items] : rest);
  };
  const view = {
    toolbar,
    statusBar,
    toggleToolbar: () => setToolbar((v) => !v),
    toggleStatusBar: () => setStatusBar((v) => !v),
  };

  return (
    <div className="backup-app">
      <MenuBar label="Backup menu bar" menus={backupMenus(ui, view, check, setLayout)} />
      {toolbar && <Toolbar canRestore={ui.selection.length > 0} canCheck={ui.cataloged} onRestore={ui.openRestore} onCheck={check} onCatalog={ui.loadCatalog} />}
      <div className={`mdi-client ${layout}${ui.exchange ? ' with-exchange' : ''}`}>
        <DrivesPane node={node} active={ui.pane === 'drives'} onActivate={() => ui.setPane('drives')} />
        <TapesPane ui={ui} onCurrent={setCurrent} />
        {ui.exchange && <ExchangePane view={ui.exchange} active={ui.pane === 'exchange'} onActivate={() => ui.setPane('exchange')} />}
      </div>
      {statusBar && (
        <div className="status-bar backup-status">
          <p className="status-bar-field">{ui.selection.length ? `${ui.selection.length} item(s) selected for restore` : 'For Help, press F1'}</p>
          <p className="status-bar-field tape-field">{tapeField}</p>
        </div>
      )}
      {ui.connectOpen && <ExchangeConnect onConnect={ui.connect} onCancel={ui.cancelConnect} onHelp={help} />}
      {ui.restoreOpen && <RestoreInformation ticked={ui.selection} onOk={ui.confirmRestore} onCancel={ui.cancelRestore} onHelp={help} />}
      {ui.statusIndex >= 0 && <RestoreStatus index={ui.statusIndex} onOk={ui.closeStatus} onAbort={ui.abort} onHelp={help} />}
      {ui.note && <MessageBox title={ui.note.title} icon={ui.note.icon} message={ui.note.text} onResult={ui.closeNote} />}
      {ui.helpOpen && <HelpMissing program="backup" onClose={ui.closeHelp} />}
    </div>
  );
}
