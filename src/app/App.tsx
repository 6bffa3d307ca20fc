import { useState } from 'react';
import { APP_LABELS, type AppId, type NodeName } from '../desktop/apps.ts';
import { Desktop } from '../desktop/Desktop.tsx';
import { DemoAppBody, demoMenus } from './demo-app-body.tsx';
import { MenuBar } from '../ui/MenuBar.tsx';

/**
 * Demo harness for the NT 4 shell: local state only, placeholder program bodies.
 * To be rewired to the simulation; the Desktop is prop-driven so only this file changes.
 */
export function App() {
  const [node, setNode] = useState<NodeName>('NODE1');
  const [openByNode, setOpenByNode] = useState<Record<NodeName, AppId[]>>({ NODE1: [], NODE2: [] });
  const openApps = openByNode[node];

  return (
    <Desktop
      node={node}
      openApps={openApps}
      onOpenApp={(app) => setOpenByNode((o) => ({ ...o, [node]: o[node].includes(app) ? o[node] : [...o[node], app] }))}
      onCloseApp={(app) => setOpenByNode((o) => ({ ...o, [node]: o[node].filter((a) => a !== app) }))}
      onSwitchNode={setNode}
      clock="10:42 AM"
      renderApp={(app) => ({
        title: APP_LABELS[app],
        menuBar: <MenuBar menus={demoMenus(app)} label={`${APP_LABELS[app]} menu`} />,
        statusBar: <p className="status-bar-field">For Help, press F1</p>,
        body: <DemoAppBody app={app} node={node} />,
      })}
    />
  );
}
