import { ABOUT_WINDOWS_NT } from '../../sim/world/help-files.ts';
import { HelpMissing } from '../../ui/HelpMissing.tsx';
import { useState } from 'react';
import type { NodeName } from '../../sim/world/names.ts';
import { sendLab } from '../../store/lab-session.ts';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { AppletGrid, type ViewMode } from './AppletGrid.tsx';
import { APPLETS, type Applet } from './applets.ts';
import { controlPanelMenus } from './control-panel-menus.ts';
import './control-panel.css';

type Info = { title: string; text: string };

/** The Control Panel folder (NT 4 Explorer, Large Icons). Only Services is simulated; the rest say so. */
export function ControlPanelBody({ node }: { node: NodeName }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<ViewMode>('large');
  const [statusBar, setStatusBar] = useState(true);
  const [info, setInfo] = useState<Info | null>(null);
  const [help, setHelp] = useState(false);

  const open = (a: Applet) => {
    if (a.app) sendLab({ type: 'app.open', node, app: a.app });
    else setInfo({ title: a.label, text: `The ${a.label} applet is not simulated in this lab. Only Services is part of the restore procedure.` });
  };
  const selectedApplet = APPLETS.find((a) => a.label === selected);
  const menus = controlPanelMenus({
    open: () => selectedApplet && open(selectedApplet),
    close: () => sendLab({ type: 'app.close', node, app: 'control-panel' }),
    notHere: (what) => setInfo({ title: 'Control Panel', text: `${what} is not part of this lab.` }),
    help: () => setHelp(true),
    about: () => setInfo({ title: 'About Windows NT', text: ABOUT_WINDOWS_NT }),
    view,
    setView,
    statusBar,
    toggleStatusBar: () => setStatusBar((s) => !s),
    hasSelection: !!selectedApplet,
  });

  return (
    <div className="cpl-body">
      <MenuBar menus={menus} label="Control Panel menu" />
      <div className="sunken-panel cpl-panel">
        <AppletGrid applets={APPLETS} selected={selected} view={view} onSelect={setSelected} onOpen={open} />
      </div>
      {statusBar && (
        <div className="status-bar cpl-status">
          <p className="status-bar-field">{selectedApplet ? '1 object(s) selected' : `${APPLETS.length} object(s)`}</p>
          <p className="status-bar-field cpl-status-right" />
        </div>
      )}
      {info && <MessageBox title={info.title} icon="information" message={info.text} onResult={() => setInfo(null)} />}
      {help && <HelpMissing program="control-panel" onClose={() => setHelp(false)} />}
    </div>
  );
}
