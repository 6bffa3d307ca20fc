/** The browser measurements: cold loads (lab and floor alternately), a full restore, restarts. */
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page, Request } from '@playwright/test';
import { probeScript, type ProbeOptions, type ProbeState } from './probe.ts';
import { completeRestore, desktopIcon, dismissIntro, openProgram, programWindow, readyDesktop, scenarioUrl, startButton } from '../../e2e/support/restore-flow.ts';
import { median, percentile, round1 } from './stats.ts';
import { QUIET_MS } from '../../src/lib/when-quiet.ts';

export const CPU_THROTTLE = 4;
const VIEWPORT = { width: 1366, height: 768 };

async function openPage(browser: Browser, probe: ProbeOptions, throttle = CPU_THROTTLE): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript({ content: probeScript(probe) });
  return { page, cdp, close: () => context.close() };
}

const probeState = (page: Page) => page.evaluate(() => (window as unknown as { benchProbe: ProbeState }).benchProbe);

async function waitFor<T>(page: Page, read: (s: ProbeState) => T | null | undefined, what: string, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = read(await probeState(page));
    if (v !== null && v !== undefined) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await page.waitForTimeout(25);
  }
}

export interface LoadSample { usableMs: number; windowOpenMs: number | null; startMenuMs: number; jsBeforeClickGzip: number }

/** gzip bytes (level 9) of every script the page requested, lazy chunks and workers included. */
async function scriptGzip(requests: readonly Request[]): Promise<number> {
  const sizes = await Promise.all(
    requests.map(async (r) => {
      const body = await (await r.response())?.body().catch(() => null);
      return body ? gzipSync(body, { level: 9 }).length : 0;
    }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * One cold load: time to a usable Start button, and the JS requested until then (the trainee's
 * first click comes no earlier). Then the Start menu: click to the frame that shows it. On
 * the lab, then double-click Backup and time its window.
 */
async function coldLoad(browser: Browser, url: string, openBackup: boolean): Promise<LoadSample> {
  const { page, close } = await openPage(browser, { usable: true, windows: openBackup, startMenu: true });
  const scripts: Request[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(r); });
  try {
    await page.goto(url);
    const usableMs = await waitFor(page, (s) => (s.usableAt !== null && s.usableAt >= 0 ? s.usableAt : null), 'the Start button');
    const jsBeforeClickGzip = await scriptGzip(scripts.slice());
    await dismissIntro(page);
    await startButton(page).click();
    const startMenuMs = await waitFor(page, (s) => (s.startMenuMs !== null && s.startMenuMs >= 0 ? s.startMenuMs : null), 'the Start menu');
    await page.keyboard.press('Escape');
    let windowOpenMs: number | null = null;
    if (openBackup) {
      await page.getByRole('menu').first().waitFor({ state: 'hidden', timeout: 5000 });
      await dismissIntro(page);
      await desktopIcon(page, 'Backup').dblclick();
      windowOpenMs = await waitFor(page, (s) => (s.windowOpenMs.Backup >= 0 ? s.windowOpenMs.Backup : null), 'the Backup window');
      await programWindow(page, 'Backup').waitFor({ state: 'visible', timeout: 5000 });
    }
    return { usableMs, windowOpenMs, startMenuMs, jsBeforeClickGzip };
  } finally {
    await close();
  }
}

export interface LoadResults {
  runs: number;
  lab: { usableMs: number; usableRange: [number, number]; windowOpenMs: number | null; windowOpenRange: [number, number] | null; startMenuMs: number; jsBeforeClickGzip: number };
  floor: { usableMs: number; usableRange: [number, number]; startMenuMs: number; jsBeforeClickGzip: number };
}

const range = (v: number[]): [number, number] => [round1(Math.min(...v)), round1(Math.max(...v))];

/** Lab, floor, lab, floor… so drift on a busy machine hits both alike. Medians. */
export async function loadRuns(browser: Browser, labUrl: string, floorUrl: string, runs: number, log: (s: string) => void): Promise<LoadResults> {
  const lab: LoadSample[] = [];
  const floor: LoadSample[] = [];
  // One unmeasured load each warms the OS file cache and the browser process.
  await coldLoad(browser, labUrl, false);
  await coldLoad(browser, floorUrl, false);
  for (let i = 0; i < runs; i++) {
    lab.push(await coldLoad(browser, labUrl, true));
    floor.push(await coldLoad(browser, floorUrl, false));
    log(`  load ${i + 1}/${runs}: lab ${round1(lab[i].usableMs)} ms (Start menu ${round1(lab[i].startMenuMs)} ms, Backup window ${round1(lab[i].windowOpenMs ?? NaN)} ms, JS ${lab[i].jsBeforeClickGzip} B), floor ${round1(floor[i].usableMs)} ms (Start menu ${round1(floor[i].startMenuMs)} ms, JS ${floor[i].jsBeforeClickGzip} B)`);
  }
  const windows = lab.map((s) => s.windowOpenMs).filter((v): v is number => v !== null);
  const labUsable = lab.map((s) => s.usableMs);
  const floorUsable = floor.map((s) => s.usableMs);
  return {
    runs,
    lab: {
      usableMs: round1(median(labUsable)), usableRange: range(labUsable),
      windowOpenMs: windows.length ? round1(median(windows)) : null, windowOpenRange: windows.length ? range(windows) : null,
      startMenuMs: round1(median(lab.map((s) => s.startMenuMs))), jsBeforeClickGzip: Math.round(median(lab.map((s) => s.jsBeforeClickGzip))),
    },
    floor: {
      usableMs: round1(median(floorUsable)), usableRange: range(floorUsable),
      startMenuMs: round1(median(floor.map((s) => s.startMenuMs))), jsBeforeClickGzip: Math.round(median(floor.map((s) => s.jsBeforeClickGzip))),
    },
  };
}

export interface InteractionResults {
  restores: number;
  interactions: number;
  reported: number;
  p95Ms: number;
  maxMs: number;
  slowest: { name: string; target: string; ms: number }[];
  restoreSeconds: number;
  /** How many of the restores ended with the lab's report (the procedure reached done). */
  reachedDone: number;
}

interface RestoreSample { durations: number[]; reported: { name: string; target: string; ms: number }[]; seconds: number; done: boolean }

/** One full KB Q238063 restore through the UI at 4× CPU throttle, in a fresh context. */
export async function restoreOnce(browser: Browser, labUrl: string): Promise<RestoreSample> {
  const { page, close } = await openPage(browser, { events: true });
  try {
    await page.goto(`${labUrl}${scenarioUrl(50)}`);
    await readyDesktop(page);
    const t0 = Date.now();
    const done = await completeRestore(page);
    const seconds = (Date.now() - t0) / 1000;
    await page.waitForTimeout(500);
    const state = await probeState(page);
    const total = await page.evaluate(() => (performance as unknown as { interactionCount?: number }).interactionCount ?? 0);
    const worst = new Map<number, { name: string; target: string; ms: number }>();
    for (const e of state.events) {
      if (!e.interactionId) continue;
      const prev = worst.get(e.interactionId);
      if (!prev || e.duration > prev.ms) worst.set(e.interactionId, { name: e.name, target: e.target, ms: e.duration });
    }
    const reported = [...worst.values()];
    const durations = [...reported.map((r) => r.ms), ...Array.from({ length: Math.max(0, total - reported.length) }, () => 16)];
    return { durations, reported, seconds, done };
  } finally {
    await close();
  }
}

/**
 * Interaction latency over `restores` complete restores: the longest Event Timing entry of each
 * interaction (interactionId), pooled. Interactions under the 16 ms threshold are not reported by
 * the browser and count as 16 ms (an upper bound).
 */
export async function restoreRuns(browser: Browser, labUrl: string, restores: number, log: (s: string) => void): Promise<InteractionResults> {
  const samples: RestoreSample[] = [];
  for (let i = 0; i < restores; i++) {
    samples.push(await restoreOnce(browser, labUrl));
    const s = samples[i];
    log(`  restore ${i + 1}/${restores}: ${s.done ? 'done' : 'no report'}, ${s.durations.length} interactions in ${round1(s.seconds)} s, p95 ${percentile(s.durations, 95)} ms, max ${Math.max(...s.durations)} ms`);
  }
  const durations = samples.flatMap((s) => s.durations);
  return {
    restores,
    interactions: durations.length,
    reported: samples.reduce((n, s) => n + s.reported.length, 0),
    p95Ms: durations.length ? percentile(durations, 95) : 0,
    maxMs: durations.length ? Math.max(...durations) : 0,
    slowest: samples.flatMap((s) => s.reported).sort((a, b) => b.ms - a.ms).slice(0, 5),
    restoreSeconds: round1(median(samples.map((s) => s.seconds))),
    reachedDone: samples.filter((s) => s.done).length,
  };
}

/** How long a trainee's click holds the button down (typically 80–120 ms). */
const PRESS_MS = 80;

export interface MapResults { changes: number; medianMs: number | null; maxMs: number | null; note?: string }

/**
 * The procedure map's cost per state change, at 4× throttle and normal speed (so no clock tick
 * moves the procedure meanwhile): in Cluster Administrator, selecting Exchange Cluster moves the
 * procedure from step 1 to step 2, and the top bar's Undo moves it back. Each is timed from the
 * input (pointerup) to the frame in which the map's `aria-current` node changed. The button is held
 * as long as a hand holds it (PRESS_MS): a click with no hold has Chrome run the move, the press and
 * the release in one task, so the press's work would land after the pointerup's timestamp.
 */
export async function mapRun(browser: Browser, labUrl: string, cycles: number, mapBuilt: boolean): Promise<MapResults> {
  const none = (note: string): MapResults => ({ changes: 0, medianMs: null, maxMs: null, note });
  if (!mapBuilt) return none('src/map is not built yet');
  const { page, close } = await openPage(browser, { map: true });
  try {
    await page.goto(`${labUrl}${scenarioUrl(1)}`);
    await readyDesktop(page);
    const seen = await waitFor(page, (s) => s.mapSeen || null, 'the map', 15_000).catch(() => false);
    if (!seen) return none('no procedure map (.react-flow) is shown in practice mode');
    const ca = await openProgram(page, 'Cluster Administrator');
    const tree = ca.getByRole('tree', { name: 'Cluster' });
    const label = (name: string) => tree.getByRole('treeitem', { name, exact: true }).getByText(name, { exact: true }).first();
    const undo = page.getByRole('banner', { name: 'Lab' }).getByRole('button', { name: 'Undo', exact: true });
    const changed = async (count: number) => waitFor(page, (s) => (s.mapChanges.length > count ? true : null), 'the map highlight to move', 5000);
    let count = 0;
    for (let i = 0; i < cycles; i++) {
      await label('Groups').click();
      await page.waitForTimeout(300);
      count = (await probeState(page)).mapChanges.length;
      await label('Exchange Cluster').click({ delay: PRESS_MS });
      await changed(count);
      count = (await probeState(page)).mapChanges.length;
      await undo.click({ delay: PRESS_MS });
      await changed(count);
      await page.waitForTimeout(300);
    }
    const ms = (await probeState(page)).mapChanges.map((c) => c.ms);
    return ms.length ? { changes: ms.length, medianMs: round1(median(ms)), maxMs: round1(Math.max(...ms)) } : none('the map highlight never moved');
  } catch (e) {
    return none(`could not drive the map: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await close();
  }
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export interface HeapResults {
  restarts: number;
  via: 'reset button' | 'reload';
  warmupRestarts: number;
  firstLoadBytes: number;
  beforeBytes: number;
  afterBytes: number;
  /** After vs before (both after the warm-up): what a long session keeps. */
  growthPct: number;
  /** After vs the first load: includes one-off costs (bytecode of code paths run once, caches). */
  growthFromFirstLoadPct: number;
}

const HEAP_WARMUP = 3;

/**
 * The lab leaves some work for the first pause in the trainee's input (src/lib/when-quiet.ts: the
 * map's graph, the windows fetched ahead, the offline install): the baseline is read once that
 * has run, so what it allocates once is not counted as growth.
 */
async function settled(page: Page): Promise<void> {
  await page.locator('.react-flow__node').first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(QUIET_MS + 1000);
}
const pct = (after: number, before: number) => round1(((after - before) / before) * 100);

/**
 * JS heap over `restarts` scenario restarts (the lab's Reset button if it has one, else a reload of
 * the scenario's deep link), each followed by opening Backup. V8 keeps bytecode and feedback on the
 * JS heap, so the first restarts grow it once; the baseline is read after a short warm-up. GC is
 * forced before each reading.
 */
export async function heapRun(browser: Browser, labUrl: string, restarts: number): Promise<HeapResults> {
  const { page, cdp, close } = await openPage(browser, {}, 1);
  const url = `${labUrl}/?scenario=standard&mode=practice`;
  const reset = page.getByRole('button', { name: /^(Reset|Restart)\b/ });
  let via: HeapResults['via'] = 'reload';
  const openBackup = async () => {
    await readyDesktop(page);
    const backup = programWindow(page, 'Backup');
    if (!(await backup.isVisible())) await desktopIcon(page, 'Backup').dblclick();
    await backup.waitFor({ state: 'visible', timeout: 15_000 });
  };
  const restart = async () => {
    const button = reset.first();
    let restarted = false;
    if ((await button.isVisible().catch(() => false)) && (await button.isEnabled().catch(() => false))) {
      await button.click();
      const confirm = page.getByRole('alertdialog').getByRole('button', { name: /^(Yes|OK)$/ });
      if (await confirm.first().waitFor({ state: 'visible', timeout: 1000 }).then(() => true, () => false)) await confirm.first().click();
      // A restart closes the programs (the world starts again); if it did not, reload instead.
      restarted = await programWindow(page, 'Backup').waitFor({ state: 'detached', timeout: 5000 }).then(() => true, () => false);
      if (restarted) via = 'reset button';
    }
    if (!restarted) await page.goto(url);
    await startButton(page).waitFor({ state: 'visible' });
    await openBackup();
  };
  try {
    await page.goto(url);
    await openBackup();
    const firstLoadBytes = await usedHeap(cdp);
    for (let i = 0; i < HEAP_WARMUP; i++) await restart();
    await settled(page);
    const beforeBytes = await usedHeap(cdp);
    for (let i = 0; i < restarts; i++) await restart();
    const afterBytes = await usedHeap(cdp);
    return {
      restarts, via, warmupRestarts: HEAP_WARMUP, firstLoadBytes, beforeBytes, afterBytes,
      growthPct: pct(afterBytes, beforeBytes), growthFromFirstLoadPct: pct(afterBytes, firstLoadBytes),
    };
  } finally {
    await close();
  }
}
