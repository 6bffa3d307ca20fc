import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { standardScenario } from '../sim/scenarios/standard.ts';
import { sendLab, startLab } from '../store/lab-session.ts';

// Count, per state, how often its list item renders (each render reads its status once).
const renders = new Map<string, number>();
vi.mock('./use-map-status.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./use-map-status.ts')>();
  return {
    ...real,
    useVisitStatus: (node: Parameters<typeof real.useVisitStatus>[0]) => {
      renders.set(node.id, (renders.get(node.id) ?? 0) + 1);
      return real.useVisitStatus(node);
    },
  };
});
const { MapList } = await import('./MapList.tsx');

beforeEach(() => {
  // jsdom has no layout: scrolling the current item into view is a no-op here.
  Element.prototype.scrollIntoView = () => {};
  startLab(standardScenario, 'practice', 1);
});
afterEach(cleanup);

/** A state's list item and the text its aria-labelledby names it by (role queries are slow on a list this long in jsdom). */
const item = (id: string) => document.getElementById(`twin-title-${id.replace(/\./g, '_')}`)!.closest('li')!;
const nameOf = (li: HTMLElement) => li.getAttribute('aria-labelledby')!.split(' ').map((x) => document.getElementById(x)!.textContent).join(' ');

describe('the text twin', () => {
  test('lists the states with their status and follows the lab; a step re-renders only the items that changed', { timeout: 30_000 }, () => {
    render(<MapList />);
    expect(screen.getByRole('region', { name: 'Procedure map as a list' })).toBeTruthy();
    expect(nameOf(item('main.prepare'))).toBe('KB step 1 1. Find the Exchange group — Current step');
    expect(item('main.prepare').getAttribute('aria-current')).toBe('step');
    expect(nameOf(item('main.takeDirectoryOffline'))).toBe('KB step 2 2. Take the Directory offline — Not visited');
    expect(nameOf(item('main'))).toBe('Region Online restore (Q238063) — Holds the current step');
    expect(nameOf(item('lab'))).toBe('Every step Any step — Not used');

    renders.clear();
    act(() => {
      sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
    });
    // The world changed, the procedure did not: nothing in the list renders again.
    expect([...renders.keys()]).toEqual([]);
    act(() => {
      sendLab({ type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' });
    });
    expect([...renders.keys()].sort()).toEqual(['main.prepare', 'main.takeDirectoryOffline']);
    expect(nameOf(item('main.prepare'))).toBe('KB step 1 1. Find the Exchange group — Visited');
    expect(item('main.prepare').getAttribute('aria-current')).toBeNull();
    expect(nameOf(item('main.takeDirectoryOffline'))).toBe('KB step 2 2. Take the Directory offline — Current step');
    expect(item('main.takeDirectoryOffline').getAttribute('aria-current')).toBe('step');
    expect(within(item('main.prepare')).getByText(/Correct → 2\. Take the Directory offline/).textContent).toBe('Correct → 2. Take the Directory offline: taken. The Exchange Cluster group is selected; its resources are listed.');
  });
});
