import { useRef, useState, type ReactNode } from 'react';
import { MessageBox, type MessageBoxProps } from '../ui/MessageBox.tsx';
import type { AppId, NodeName } from '../sim/world/names.ts';
import { APP_ICONS, resolveRunCommand } from './apps.ts';
import { windowId, type AppWindowSpec } from './app-window-spec.ts';
import { DESKTOP_SHORTCUTS, isAppId } from './desktop-shortcuts.ts';
import { DesktopIcons } from './DesktopIcons.tsx';
import { bottomLeft } from './placement.ts';
import { RunDialog } from './RunDialog.tsx';
import { Taskbar } from './Taskbar.tsx';
import { useConsoleScale } from './use-console-scale.ts';
import { useDesktopArea } from './use-desktop-area.ts';
import { placed, useWindowStore, windowStore, type WindowStore } from './window-store.ts';
import { WindowManager } from './WindowManager.tsx';

export type DesktopProps = {
  node: NodeName;
  openApps: AppId[];
  onOpenApp: (app: AppId) => void;
  onCloseApp: (app: AppId) => void;
  onSwitchNode: (node: NodeName) => void;
  /** Simulated time, already formatted for the taskbar. */
  clock: string;
  renderApp: (app: AppId) => AppWindowSpec;
  banner?: ReactNode;
};

type Message = Omit<MessageBoxProps, 'onResult'>;
const selectWindows = (s: WindowStore) => s.windows;
const selectFocused = (s: WindowStore) => s.focusedId;
const selectArea = (s: WindowStore) => s.area;
const RUN_SIZE = { width: 360, height: 158 };

/**
 * Popups a program portals to <body> (shortcut menus, message boxes, its modal dialogs) still bubble
 * React events through the program's window; a click in them must not deactivate that window, or
 * the window would take focus back from them.
 */
const OWNED_POPUP = '[role="menu"], [role="alertdialog"], [role="dialog"][aria-modal="true"]';

/** True when a pointer went down on the desktop itself, not in a window, icon or popup. */
function clickedBareDesktop(workarea: Element, target: Element): boolean {
  if (!workarea.contains(target) || target.closest(OWNED_POPUP)) return false;
  return !target.closest('[role="dialog"], [role="option"]');
}

/** The NT 4 desktop of one node's console, driven entirely by props. */
export function Desktop({ node, openApps, onOpenApp, onCloseApp, onSwitchNode, clock, renderApp, banner }: DesktopProps) {
  const [message, setMessage] = useState<Message | null>(null);
  const windows = useWindowStore(selectWindows);
  const focusedId = useWindowStore(selectFocused);
  const area = useWindowStore(selectArea);
  const scale = useConsoleScale();
  const workarea = useRef<HTMLElement>(null);
  useDesktopArea(workarea);
  const store = windowStore.getState();
  const runId = windowId(node, 'run');
  const specs = Object.fromEntries(openApps.map((app) => [app, renderApp(app)]));

  const openApp = (app: AppId) => {
    if (openApps.includes(app)) store.focus(windowId(node, app));
    else onOpenApp(app);
  };
  const notSimulated = (program: string) =>
    setMessage({ title: program, icon: 'information', message: `${program} is not part of this lab. Use the programs on the desktop.` });
  const openRun = () => store.open(runId, RUN_SIZE, bottomLeft(RUN_SIZE, area ?? { width: window.innerWidth, height: window.innerHeight - 28 }));
  const run = (command: string) => {
    const app = resolveRunCommand(command);
    if (app) {
      openApp(app);
      return true;
    }
    setMessage({
      title: command,
      icon: 'error',
      message: `Cannot find the file '${command}' (or one of its components). Make sure the path and filename are correct and that all required libraries are available.`,
    });
    return false;
  };

  const taskbarButtons = openApps.map((app) => {
    const id = windowId(node, app);
    const active = focusedId === id && !windows[id]?.minimized;
    // A dialog box has no Minimize button, so its taskbar button only brings it forward.
    return { id, title: specs[app].title, icon: APP_ICONS[app], active, minimizable: !specs[app].dialogFrame };
  });

  return (
    <div className="nt-desktop" data-node={node}>
      {banner}
      <main
        ref={workarea}
        className="desktop-workarea"
        aria-label={`${node} desktop`}
        onPointerDown={(e) => clickedBareDesktop(e.currentTarget, e.target as Element) && store.focus(null)}
      >
        <div className="desktop-watermark" aria-hidden="true">
          {node}
        </div>
        <DesktopIcons shortcuts={DESKTOP_SHORTCUTS} onOpen={(s) => (isAppId(s.id) ? openApp(s.id) : notSimulated(s.label))} />
        <WindowManager node={node} openApps={openApps} specs={specs} onCloseApp={onCloseApp} />
        {windows[runId] && (
          <RunDialog
            key={runId}
            geometry={placed(windows[runId], area, scale)}
            active={focusedId === runId}
            onFocus={() => store.focus(runId)}
            onMove={(x, y) => store.move(runId, x, y)}
            onRun={run}
            onClose={() => store.close(runId)}
          />
        )}
      </main>
      <Taskbar
        buttons={taskbarButtons}
        onButton={(id) => {
          const b = taskbarButtons.find((x) => x.id === id);
          if (b?.active && b.minimizable) store.minimize(id);
          else store.focus(id);
        }}
        node={node}
        onSwitchNode={onSwitchNode}
        clock={clock}
        startActions={{
          openApp,
          notSimulated,
          run: openRun,
          shutDown: () =>
            setMessage({ title: 'Shut Down Windows', icon: 'information', message: 'This lab does not shut down. Close the browser tab when you are finished.' }),
        }}
      />
      {message && <MessageBox {...message} onResult={() => setMessage(null)} />}
    </div>
  );
}
