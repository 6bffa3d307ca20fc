import { Suspense, useLayoutEffect } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { Window } from '../ui/Window.tsx';
import type { AppId, NodeName } from '../sim/world/names.ts';
import { APP_ICONS, APP_SIZES } from './apps.ts';
import { windowId, type AppWindowSpec } from './app-window-spec.ts';
import { useConsoleScale } from './use-console-scale.ts';
import { placed, useWindowStore, windowStore, type WindowStore } from './window-store.ts';

type Props = {
  node: NodeName;
  openApps: AppId[];
  specs: Record<string, AppWindowSpec>;
  onCloseApp: (app: AppId) => void;
};

const selectWindows = (s: WindowStore) => s.windows;
const selectFocused = (s: WindowStore) => s.focusedId;
const selectArea = (s: WindowStore) => s.area;

/** Renders each open program in a `Window`, keeping the window store in step with `openApps`. */
export function WindowManager({ node, openApps, specs, onCloseApp }: Props) {
  const windows = useWindowStore(selectWindows);
  const focusedId = useWindowStore(selectFocused);
  const area = useWindowStore(selectArea);
  const scale = useConsoleScale();

  // Layout effect: a newly opened program gets geometry before the browser paints.
  useLayoutEffect(() => {
    const store = windowStore.getState();
    for (const app of openApps) {
      const id = windowId(node, app);
      if (!store.windows[id]) {
        const spec = specs[app];
        store.open(id, { width: spec?.width ?? APP_SIZES[app].width, height: spec?.height ?? APP_SIZES[app].height });
      }
    }
    const prefix = windowId(node, '');
    for (const id of Object.keys(store.windows)) {
      if (id.startsWith(prefix) && !id.endsWith('/run') && !openApps.includes(id.slice(prefix.length) as AppId)) store.close(id);
    }
  }, [node, openApps, specs]);

  const { focus, move, minimize, toggleMaximize } = windowStore.getState();
  return openApps.map((app) => {
    const id = windowId(node, app);
    const g = windows[id] && placed(windows[id], area, scale);
    const spec = specs[app];
    if (!g || !spec) return null;
    // A program's window appears once its code is loaded, whole, as a starting program's does.
    return (
      <Suspense key={id} fallback={null}>
        <Window
          id={`window-${node}-${app}`}
          title={spec.title}
          icon={spec.dialogFrame ? undefined : <Icon name={APP_ICONS[app]} />}
          {...g}
          active={focusedId === id}
          canMinimize={!spec.dialogFrame}
          canMaximize={!spec.dialogFrame}
          onMove={(x, y) => move(id, x, y)}
          onFocus={() => focus(id)}
          onMinimize={() => minimize(id)}
          onMaximize={() => toggleMaximize(id)}
          onClose={() => onCloseApp(app)}
          menuBar={spec.menuBar}
          statusBar={spec.statusBar}
        >
          {spec.body}
        </Window>
      </Suspense>
    );
  });
}
