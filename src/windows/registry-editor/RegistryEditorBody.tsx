import { useState } from 'react';
import type { NodeName } from '../../sim/world/names.ts';
import { sendLab } from '../../store/lab-session.ts';
import { MenuBar } from '../../ui/MenuBar.tsx';
import { MessageBox } from '../../ui/MessageBox.tsx';
import { HiveWindow } from './HiveWindow.tsx';
import { RegistryDialogs } from './RegistryDialogs.tsx';
import { registryMenus } from './registry-menus.ts';
import { useRegistrySettings } from './settings-store.ts';
import { useHiveState } from './use-hive-state.ts';
import { useRegistryCommands } from './use-registry-commands.ts';
import './registry-editor.css';

/** The other hive windows Regedt32 opens, shown minimised and inert at the bottom of the MDI area. */
const OTHER_HIVES = ['HKEY_CURRENT_CONFIG', 'HKEY_CLASSES_ROOT', 'HKEY_CURRENT_USER', 'HKEY_USERS'];

const ABOUT = 'Registry Editor\nWindows NT Version 4.0 (Build 1381: Service Pack 6)\nCopyright © 1981-1996 Microsoft Corp.';

/** Regedt32 on `node`: menu bar over an MDI area holding the HKEY_LOCAL_MACHINE window. */
export function RegistryEditorBody({ node }: { node: NodeName }) {
  const hive = useHiveState(node);
  const cmd = useRegistryCommands(node, hive);
  const settings = useRegistrySettings((s) => s);
  const [about, setAbout] = useState(false);
  const menus = registryMenus({
    cmd,
    hive,
    settings,
    onExit: () => sendLab({ type: 'app.close', node, app: 'registry-editor' }),
    onAbout: () => setAbout(true),
  });
  return (
    <div className="regedt32">
      <MenuBar menus={menus} label="Registry Editor menu bar" />
      <div className="regedt-mdi">
        <HiveWindow hive={hive} cmd={cmd} />
        <div className="regedt-icons" aria-hidden="true">
          {OTHER_HIVES.map((name) => (
            <div key={name} className="regedt-icon-static title-bar inactive">
              <div className="title-bar-text">{name.slice(0, 14)}...</div>
            </div>
          ))}
        </div>
      </div>
      <RegistryDialogs cmd={cmd} />
      {about && <MessageBox title="About Registry Editor" icon="information" message={<span className="regedt-pre">{ABOUT}</span>} onResult={() => setAbout(false)} />}
    </div>
  );
}
