import { beforeEach, describe, expect, test } from 'vitest';
import { findScenario } from '../sim/scenarios/catalog.ts';
import { useStorageProblems } from '../store/storage-problems.ts';
import { MemoryStorage } from '../store/testing/memory-storage.ts';
import { loadedAlready } from '../lib/load-once.ts';
import { IMPORTED_SCENARIOS_KEY, createImportedScenariosStore } from './imported-scenarios.ts';
import * as scenarioChecks from './scenario-checks.ts';

const drill = { ...findScenario('f13-wrong-node')!, id: 'class-3-drill', title: 'Class 3 drill' };
const storeOn = (storage: MemoryStorage) => createImportedScenariosStore(() => storage, loadedAlready(scenarioChecks));
const problems = () => useStorageProblems.getState().problems;
beforeEach(() => useStorageProblems.getState().clear());

describe('imported scenarios are kept in this browser', () => {
  test('an imported scenario is there again after a reload', () => {
    const storage = new MemoryStorage();
    storeOn(storage).setState({ scenarios: [drill] });
    expect(storeOn(storage).getState().scenarios).toEqual([drill]);
    expect(problems()).toEqual([]);
  });

  test('a damaged one is left out and reported, the others load, and a copy of the save is kept', () => {
    const storage = new MemoryStorage();
    storage.setItem(IMPORTED_SCENARIOS_KEY, JSON.stringify({ version: 1, state: { scenarios: [drill, { ...drill, id: 'broken', solution: [] }] } }));
    const store = storeOn(storage);
    expect(store.getState().scenarios).toEqual([drill]);
    expect(problems()).toHaveLength(1);
    expect(problems()[0].message).toMatch(/^Part of your imported scenarios could not be read \(scenario 2: solution: must have at least one event\)/);
    expect(storage.getItem(problems()[0].backupKey!)).toContain('"broken"');
  });

  test('unreadable data is reported, kept aside, and the list starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(IMPORTED_SCENARIOS_KEY, '{not json');
    expect(storeOn(storage).getState().scenarios).toEqual([]);
    expect(problems()[0].message).toMatch(/^Your imported scenarios could not be read \(it is not valid JSON\)/);
  });
});
