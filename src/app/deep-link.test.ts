import { describe, expect, it } from 'vitest';
import { clearDeepLink, formatDeepLink, parseDeepLink, shareLink } from './deep-link.ts';

const known = (id: string) => id === 'standard' || id === 'f2-directory';

describe('parseDeepLink', () => {
  it('asks for the catalog when there are no scenario parameters', () => {
    expect(parseDeepLink('', known)).toEqual({ kind: 'catalog' });
    expect(parseDeepLink('?speed=20', known)).toEqual({ kind: 'catalog' });
  });

  it('starts a known scenario in the given mode, seed 1 unless given', () => {
    expect(parseDeepLink('?scenario=standard&mode=assessment', known)).toEqual({ kind: 'start', scenarioId: 'standard', mode: 'assessment', seed: 1, seedGiven: false });
    expect(parseDeepLink('?scenario=f2-directory&mode=instructor&seed=42&speed=20', known)).toEqual({ kind: 'start', scenarioId: 'f2-directory', mode: 'instructor', seed: 42, seedGiven: true });
  });

  it('defaults the mode to practice', () => {
    expect(parseDeepLink('?scenario=standard', known)).toMatchObject({ kind: 'start', mode: 'practice' });
  });

  it('names an unknown scenario', () => {
    expect(parseDeepLink('?scenario=nope&mode=practice', known)).toEqual({ kind: 'invalid', problem: 'There is no scenario called “nope”.' });
  });

  it('names an unknown mode', () => {
    const r = parseDeepLink('?scenario=standard&mode=exam', known);
    expect(r).toMatchObject({ kind: 'invalid' });
    expect(r.kind === 'invalid' && r.problem).toContain('“exam” is not a mode');
  });

  it('refuses a mode or seed without a scenario, and a bad seed', () => {
    expect(parseDeepLink('?mode=practice', known)).toEqual({ kind: 'invalid', problem: 'The link does not name a scenario.' });
    expect(parseDeepLink('?scenario=&mode=practice', known)).toMatchObject({ kind: 'invalid' });
    for (const seed of ['x', '-1', '1.5', '']) expect(parseDeepLink(`?scenario=standard&seed=${seed}`, known)).toMatchObject({ kind: 'invalid' });
  });
});

describe('formatDeepLink', () => {
  it('sets scenario, mode and seed and keeps other parameters', () => {
    expect(formatDeepLink('?speed=20', { scenarioId: 'standard', mode: 'practice', seed: 1 })).toBe('?speed=20&scenario=standard&mode=practice&seed=1');
    expect(formatDeepLink('?scenario=a&mode=assessment&seed=3', { scenarioId: 'b', mode: 'instructor', seed: 7 })).toBe('?scenario=b&mode=instructor&seed=7');
  });

  it('round-trips through parseDeepLink', () => {
    const q = formatDeepLink('', { scenarioId: 'f2-directory', mode: 'assessment', seed: 9 });
    expect(parseDeepLink(q, known)).toEqual({ kind: 'start', scenarioId: 'f2-directory', mode: 'assessment', seed: 9, seedGiven: true });
  });

  it('builds a share link without test parameters, and clears the scenario ones', () => {
    expect(shareLink('http://lab', '/', { scenarioId: 'standard', mode: 'practice', seed: 1 })).toBe('http://lab/?scenario=standard&mode=practice&seed=1');
    expect(clearDeepLink('?speed=20&scenario=x&mode=practice&seed=1')).toBe('?speed=20');
    expect(clearDeepLink('?scenario=x')).toBe('');
  });
});
