import { describe, expect, test } from 'vitest';
import { ATTEMPT_VERSION, type Attempt } from '../attempt/attempt.ts';
import { compactAttempt, expandAttempt } from '../attempt/compact.ts';
import { simEventSchema } from '../events-schema.ts';
import type { SimEvent } from '../events.ts';
import { clusterProperties } from '../selectors/cluster-properties.ts';
import { createLab } from '../testing/lab-driver.ts';

describe('cluster.setNetworkPriority (Cluster Properties > Network Priority, Q174794)', () => {
  test('the cluster starts with the private interconnect first', () => {
    expect(createLab().world.cluster.networkPriority).toEqual(['Private', 'Public']);
  });

  test('a new order of the same networks is kept, and the sheet shows it', () => {
    const lab = createLab().send({ type: 'cluster.setNetworkPriority', networks: ['Public', 'Private'] });
    expect(lab.lastError).toBeNull();
    expect(lab.world.cluster.networkPriority).toEqual(['Public', 'Private']);
    expect(clusterProperties(lab.world.cluster).networkPriority).toEqual(['Public', 'Private']);
  });

  test('a list that drops, repeats or invents a network is refused and changes nothing', () => {
    for (const networks of [['Public'], ['Public', 'Public'], ['Public', 'Backbone'], ['Private', 'Public', 'Public']]) {
      const lab = createLab().send({ type: 'cluster.setNetworkPriority', networks });
      expect(lab.lastError).toEqual({ code: 'invalid-argument', message: 'The network priority must list Private and Public, each once.' });
      expect(lab.world.cluster.networkPriority).toEqual(['Private', 'Public']);
    }
  });

  test('the event validates, and survives the compact attempt format', () => {
    const event: SimEvent = { type: 'cluster.setNetworkPriority', networks: ['Public', 'Private'] };
    expect(simEventSchema.safeParse(event).success).toBe(true);
    const attempt: Attempt = { version: ATTEMPT_VERSION, scenarioId: 'standard', seed: 1, events: [{ event, at: 500 }] };
    const back = expandAttempt(JSON.parse(JSON.stringify(compactAttempt(attempt))));
    expect(back).toMatchObject({ ok: true });
    expect(JSON.stringify(back)).toContain('"networks":["Public","Private"]');
  });
});
