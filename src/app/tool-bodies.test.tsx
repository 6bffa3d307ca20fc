import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { windowId } from '../desktop/app-window-spec.ts';
import { windowStore } from '../desktop/window-store.ts';
import { standardScenario } from '../sim/scenarios/standard.ts';
import type { NodeName } from '../sim/world/names.ts';
import { sendLab, startLab } from '../store/lab-session.ts';
import { App } from './App.tsx';

const renders = vi.hoisted(() => ({}) as Record<string, number>);

vi.mock('../windows/registry.ts', async () => {
  const { APPS } = await import('../sim/world/names.ts');
  const counted = (app: string) =>
    function CountedBody({ node }: { node: NodeName }) {
      renders[app] = (renders[app] ?? 0) + 1;
      return <p>{`${app} body on ${node}`}</p>;
    };
  return { TOOL_WINDOWS: Object.fromEntries(APPS.map((app) => [app, { useTitle: () => app, Body: counted(app), width: 320, height: 240 }])) };
});

afterEach(cleanup);
beforeEach(() => startLab(standardScenario, 'practice', 1));

test('focus changes, z-order changes and clock ticks do not re-render open window bodies', () => {
  render(<App />);
  act(() => {
    sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
    sendLab({ type: 'app.open', node: 'NODE1', app: 'services' });
  });
  expect(screen.getByText('cluster-admin body on NODE1')).toBeTruthy();
  expect(screen.getByText('services body on NODE1')).toBeTruthy();
  const before = { ...renders };

  act(() => windowStore.getState().focus(windowId('NODE1', 'cluster-admin')));
  act(() => windowStore.getState().focus(windowId('NODE1', 'services')));
  act(() => windowStore.getState().focus(null));
  act(() => sendLab({ type: 'clock.tick', ms: 5_000 }));

  expect(renders).toEqual(before);
});
