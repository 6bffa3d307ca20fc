import { describe, expect, test } from 'vitest';
import { GRAPH } from './graph-data.ts';
import { neighbourStep } from './step-jump.ts';

const steps = GRAPH.nodes.filter((n) => n.role === 'state' && (n.meta.kind === 'step' || n.meta.kind === 'done')).sort((a, b) => a.order - b.order);

describe('the demo keyboard steps along the procedure', () => {
  test('from a KB step to the next and back', () => {
    expect(neighbourStep(steps[0].id, 1, GRAPH.nodes)).toBe(steps[1].id);
    expect(neighbourStep(steps[1].id, -1, GRAPH.nodes)).toBe(steps[0].id);
  });
  test('stops at either end', () => {
    expect(neighbourStep(steps[0].id, -1, GRAPH.nodes)).toBeNull();
    expect(neighbourStep(steps.at(-1)!.id, 1, GRAPH.nodes)).toBeNull();
  });
  test('from a failure state, next is the first step after its KB step', () => {
    const failure = GRAPH.nodes.find((n) => n.role === 'state' && n.meta.kind !== 'step' && n.meta.kind !== 'done' && n.meta.kbStep !== null);
    expect(failure).toBeDefined();
    const next = neighbourStep(failure!.id, 1, GRAPH.nodes);
    const nextNode = steps.find((s) => s.id === next);
    expect(nextNode?.meta.kbStep ?? Infinity).toBeGreaterThan(failure!.meta.kbStep!);
  });
});
