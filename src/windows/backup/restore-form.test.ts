import { describe, expect, test } from 'vitest';
import { defaultPage, restoreEvent, restorePages } from './restore-form.ts';

describe('Restore Information form', () => {
  test('both items: two pages, the Directory page locked and first', () => {
    expect(restorePages(['Information Store', 'Directory'])).toEqual([
      { item: 'Directory', locked: true },
      { item: 'Information Store', locked: false },
    ]);
  });

  test('one item: one editable page', () => {
    expect(restorePages(['Directory'])).toEqual([{ item: 'Directory', locked: false }]);
    expect(restorePages(['Information Store'])).toEqual([{ item: 'Information Store', locked: false }]);
    expect(restorePages([])).toEqual([]);
  });

  test('defaults: Private and Public ticked, Erase cleared, the original server', () => {
    expect(defaultPage('EXCHVS1')).toEqual({ destination: 'EXCHVS1', erase: false, private: true, public: true, startService: false });
  });

  test('OK makes one event with the editable page options, items in catalogue order, name trimmed', () => {
    const e = restoreEvent('NODE1', ['Information Store', 'Directory'], { destination: ' node1 ', erase: true, private: true, public: false, startService: true });
    expect(e).toEqual({
      type: 'backup.restore', node: 'NODE1', items: ['Directory', 'Information Store'], destination: 'node1',
      erase: true, private: true, public: false, startService: true,
    });
  });
});
