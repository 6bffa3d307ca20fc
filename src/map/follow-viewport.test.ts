import { describe, expect, test } from 'vitest';
import { GRAPH } from './graph-data.ts';
import { LAYOUT } from './layout.generated.ts';
import { inView, viewportFor } from './follow-viewport.ts';

const mainLine = GRAPH.nodes.filter((n) => n.parent === 'main').map((n) => LAYOUT.boxes[n.id]);
const ZOOM = 0.9;

describe('where the map looks when the current step changes', () => {
  test('on a short panel (the dock at 1366×768), the step after the current one shows too', () => {
    const [first, second] = mainLine;
    const view = viewportFor(first, 370, 225, ZOOM);
    expect(inView(first, view, 370, 225)).toBe(true);
    expect(inView(second, view, 370, 225)).toBe(true);
  });

  test('on a tall panel, the current step sits a third of the way down, with the steps before it above', () => {
    const box = mainLine[4];
    const view = viewportFor(box, 370, 900, ZOOM);
    const centre = (box.y + box.height / 2) * ZOOM + view.y;
    expect(centre).toBeCloseTo(900 / 3, 0);
    expect(inView(mainLine[3], view, 370, 900)).toBe(true);
  });

  test('on a panel too short for two steps, the current one still shows whole, at the top', () => {
    const box = mainLine[3];
    const view = viewportFor(box, 370, 120, ZOOM);
    expect(inView(box, view, 370, 120)).toBe(true);
    expect(box.y * ZOOM + view.y).toBe(8);
  });
});
