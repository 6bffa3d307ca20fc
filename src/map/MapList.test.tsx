import { act, cleanup, render, screen, within } from '@testing-library/react';
import { flushSync } from 'react-dom';
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

// jsdom has no layout: scrolling is recorded, not done.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) { scrolled.push(this); };
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

  test('scrolls the current step into view while shown; hidden (the Graph tab chosen), it leaves the page alone until shown again', () => {
    const { rerender } = render(<div hidden><MapList shown={false} /></div>);
    act(() => {
      sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
      sendLab({ type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' });
    });
    expect(scrolled).toEqual([]);
    rerender(<div><MapList shown /></div>);
    expect(scrolled.map((e) => e.closest('li')?.getAttribute('aria-current'))).toEqual(['step']);
    expect(scrolled[0].closest('li')).toBe(item('main.takeDirectoryOffline'));
  });

  test('shown, its highlight moves in the input\'s own frame; hidden, in the transition after it', () => {
    const { rerender } = render(<MapList shown />);
    sendLab({ type: 'app.open', node: 'NODE1', app: 'cluster-admin' });
    act(() => {
      flushSync(() => sendLab({ type: 'cluster.selectGroup', node: 'NODE1', group: 'Exchange Cluster' }));
      expect(item('main.takeDirectoryOffline').getAttribute('aria-current')).toBe('step');
    });
    rerender(<MapList shown={false} />);
    act(() => {
      flushSync(() => sendLab({ type: 'attempt.undo' }));
      expect(item('main.takeDirectoryOffline').getAttribute('aria-current')).toBe('step');
    });
    expect(item('main.prepare').getAttribute('aria-current')).toBe('step');
  });
});
