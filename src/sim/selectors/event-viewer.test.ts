import { describe, expect, test } from 'vitest';
import { createLab } from '../testing/lab-driver.ts';
import type { EventLogEntry } from '../world/types.ts';
import { onScreen } from '../format.ts';
import { eventLogView, eventsOn, neighbourId } from './event-viewer.ts';

const entry = (id: number, at: number, log: EventLogEntry['log'] = 'Application'): EventLogEntry => ({
  id, at, log, type: 'Information', source: 'Test', category: 'None', eventId: id, user: 'N/A', computer: 'NODE1', description: '',
});

describe('event viewer selectors', () => {
  test('filters by log and sorts newest first, ties by write order', () => {
    const entries = [entry(1, 0), entry(2, 5, 'System'), entry(3, 10), entry(4, 10)];
    expect(eventLogView(entries, 'Application', 'newest').map((e) => e.id)).toEqual([4, 3, 1]);
    expect(eventLogView(entries, 'Application', 'oldest').map((e) => e.id)).toEqual([1, 3, 4]);
    expect(eventLogView(entries, 'System', 'newest').map((e) => e.id)).toEqual([2]);
    expect(eventLogView(entries, 'Security', 'newest')).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual([1, 2, 3, 4]);
  });

  test('the "[reconstructed text]" marker stays in the source data and never reaches the screen', () => {
    const lab = createLab();
    const stored = lab.world.eventLogs.NODE1.filter((e) => e.description.includes('[reconstructed text'));
    expect(stored.length).toBeGreaterThan(0);
    const shown = eventsOn(lab.world, 'NODE1', 'Application', 'newest');
    expect(shown.map((e) => e.description).filter((d) => d.includes('reconstructed'))).toEqual([]);
    expect(shown.find((e) => e.id === stored[0].id)?.description).toBe(stored[0].description.replace(' [reconstructed text: KB source not found]', ''));
    expect(onScreen('Begin restore. [reconstructed text]')).toBe('Begin restore.');
  });

  test('Previous / Next neighbours stop at the ends', () => {
    const list = [entry(9, 3), entry(7, 2), entry(5, 1)];
    expect(neighbourId(list, 7, -1)).toBe(9);
    expect(neighbourId(list, 7, 1)).toBe(5);
    expect(neighbourId(list, 9, -1)).toBeNull();
    expect(neighbourId(list, 5, 1)).toBeNull();
    expect(neighbourId(list, 42, 1)).toBeNull();
  });

  test('F13: starting the Directory on NODE2 logs the failed dependency (7001) in NODE2\'s System log', () => {
    const lab = createLab().on('NODE2').open('services').startService('MSExchangeDS');
    const sys = eventsOn(lab.world, 'NODE2', 'System', 'newest');
    expect(sys[0]).toMatchObject({ source: 'Service Control Manager', eventId: 7001, type: 'Error', computer: 'NODE2' });
    expect(sys[1]).toMatchObject({ source: 'Service Control Manager', eventId: 7023 });
    expect(eventsOn(lab.world, 'NODE2', 'Security', 'newest')).toEqual([]);
    expect(eventsOn(lab.world, 'NODE1', 'Application', 'newest').some((e) => e.at > 0)).toBe(false);
  });

  test('F12: stopping System Attendant behind the cluster logs ClusSvc 1042 in NODE1\'s System log', () => {
    const lab = createLab().open('services').stopService('MSExchangeSA');
    const sys = eventsOn(lab.world, 'NODE1', 'System', 'newest');
    expect(sys.some((e) => e.source === 'ClusSvc' && e.eventId === 1042 && e.description === "Cluster generic service 'Microsoft Exchange System Attendant' failed.")).toBe(true);
    expect(sys.every((e) => e.log === 'System')).toBe(true);
  });
});
