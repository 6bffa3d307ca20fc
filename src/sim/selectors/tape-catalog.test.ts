import { describe, expect, test } from 'vitest';
import { applyEvent } from '../engine/apply.ts';
import { createLab } from '../testing/lab-driver.ts';
import { tapeCatalog } from './tape-catalog.ts';

const uncataloged = () => createLab({ setup: { tapeCataloged: false } });

describe('tapeCatalog (Operations > Catalog, Q164805)', () => {
  test('a tape never cataloged here shows its set as partially cataloged, and a restore is refused', () => {
    const lab = uncataloged();
    const view = tapeCatalog(lab.world);
    expect(view).toMatchObject({ state: 'partial', percent: null, barText: 'Exchange Full 19-Aug-1999 (partially cataloged)' });
    expect(view.status).toMatch(/^Partially cataloged\./);
    expect(view.sets.map((s) => s.setNumber)).toEqual([1]);
    lab.startBackup().restore();
    expect(lab.lastError?.message).toBe('The tape catalog has not been loaded. Double-click the tape in the Tapes window to load it.');
  });

  test('Catalog takes the drive\'s access time (DLT 7000, a minute): "Catalog in progress..." with its progress, then the full catalog', () => {
    const lab = uncataloged().startBackup().loadCatalog({ settle: false });
    expect(tapeCatalog(lab.world)).toMatchObject({ state: 'loading', status: 'Catalog in progress...', percent: 0, barText: 'Exchange Full 19-Aug-1999 (catalog in progress)' });
    expect(lab.world.tape.cataloged).toBe(false);
    expect(lab.world.tape.drive).toMatchObject({ model: 'DLT 7000', accessMs: 60_000 });
    lab.send({ type: 'clock.tick', ms: 30_000 });
    expect(tapeCatalog(lab.world)).toMatchObject({ state: 'loading', percent: 50 });
    // A second Catalog while the first runs is refused.
    const again = applyEvent(lab.world, { type: 'backup.catalog', node: 'NODE1' });
    expect(again.ok ? null : again.error.message).toBe('The tape is already being cataloged.');
    // A restore before the catalog is in is refused too.
    expect(applyEvent(lab.world, { type: 'backup.restore', node: 'NODE1', items: ['Information Store'], destination: 'EXCHVS1', erase: true, private: true, public: true, startService: false }).ok).toBe(false);
    lab.send({ type: 'clock.tick', ms: 29_999 });
    expect(tapeCatalog(lab.world).state).toBe('loading');
    lab.send({ type: 'clock.tick', ms: 1 });
    expect(tapeCatalog(lab.world)).toMatchObject({ state: 'full', status: '', percent: null, barText: 'Exchange Full 19-Aug-1999' });
    expect(lab.world.tape.cataloged).toBe(true);
  });

  test('a cataloged tape: Catalog again says there is nothing left to catalog (Q155236)', () => {
    const lab = createLab().startBackup().loadCatalog();
    expect(tapeCatalog(lab.world).state).toBe('full');
    expect(lab.lastError?.message).toBe('No uncataloged sets were found on tape.');
  });

  test('the node going down stops the catalog: the set stays partially cataloged', () => {
    const lab = uncataloged().startBackup().loadCatalog({ settle: false }).nodeDown('NODE1');
    expect(tapeCatalog(lab.world).state).toBe('partial');
  });
});
