import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Desktop } from '../desktop/Desktop.tsx';
import { formatTaskbarTime } from '../sim/format.ts';
import { APPS, type AppId, type NodeName } from '../sim/world/names.ts';
import { sendLab, useLab, useWorld } from '../store/lab-session.ts';
import { TOOL_WINDOWS } from '../windows/registry.ts';
import { PoweredOffConsole } from './PoweredOffConsole.tsx';
import { REGIONS } from './regions.tsx';
import { TOOL_BODIES } from './tool-bodies.ts';
import { isAwayStatus, useTabClaim } from '../store/tab-claim.ts';
import { WorldDialogs } from './WorldDialogs.tsx';
import { FirstPaint, useAfterFirstPaint } from '../ui/use-after-first-paint.ts';
import './layout.css';

const EMPTY: AppId[] = [];

// Shown only when the lab is open in another tab: loaded then, not with the console.
const TabNotice = lazy(() => import('./TabNotice.tsx').then((m) => ({ default: m.TabNotice })));

function TabNoticeWhenAway() {
  const away = useTabClaim((s) => isAwayStatus(s.status));
  return away ? <Suspense fallback={null}><TabNotice /></Suspense> : null;
}

/** Calls every tool's title hook in a fixed order (the list never changes at run time). */
function useTitles(node: NodeName): Record<AppId, string> {
  const titles = {} as Record<AppId, string>;
  for (const app of APPS) titles[app] = TOOL_WINDOWS[app].useTitle(node);
  return titles;
}

/**
 * The console of the node the trainee is logged on to, wired to the simulation. The desktop, the
 * taskbar and the top bar's facts come first; the dock, the top bar's commands and the lab's own
 * dialogs (the briefing) follow once that frame is painted.
 */
export function App() {
  const painted = useAfterFirstPaint();
  const node = useWorld((w) => w.consoles.active);
  const openApps = useLab(useShallow((s) => s.snapshot.context.world.consoles.open[node] ?? EMPTY));
  const clock = useWorld((w) => formatTaskbarTime(w.clock));
  const nodeStatus = useWorld((w) => w.cluster.nodes[node].status);
  const titles = useTitles(node);
  const renderApp = (app: AppId) => {
    const tool = TOOL_WINDOWS[app];
    const Body = TOOL_BODIES[app];
    return { title: titles[app], body: <Body node={node} />, width: tool.width, height: tool.height, dialogFrame: tool.dialogFrame };
  };

  const switchNode = (next: NodeName) => sendLab({ type: 'console.switch', node: next });

  const { TopBar, Dock, Overlay } = REGIONS;
  return (
    <FirstPaint.Provider value={painted}>
      <div className="lab-layout">
        <TopBar />
        <div className="lab-main">
          <div className="lab-console">
            {nodeStatus === 'Up' || nodeStatus === 'Paused' ? (
              <Desktop
                node={node}
                openApps={openApps}
                onOpenApp={(app) => sendLab({ type: 'app.open', node, app })}
                onCloseApp={(app) => sendLab({ type: 'app.close', node, app })}
                onSwitchNode={switchNode}
                clock={clock}
                renderApp={renderApp}
              />
            ) : (
              <PoweredOffConsole node={node} status={nodeStatus} onPowerOn={() => sendLab({ type: 'node.up', node })} onSwitchNode={switchNode} />
            )}
          </div>
          {painted && <Suspense fallback={null}><Dock /></Suspense>}
        </div>
        <WorldDialogs node={node} />
        {painted && <Overlay />}
        <TabNoticeWhenAway />
      </div>
    </FirstPaint.Provider>
  );
}
