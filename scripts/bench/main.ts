/**
 * `npm run bench`: the simulation core in Node, then the built lab against a floor page in headless
 * Chromium at 4× CPU throttle. Progress goes to stderr, ONE JSON object to stdout. Budgets are
 * informative and a section that fails is reported with its error: the exit code is always 0.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFloor, buildLab, initialAssets } from './build.ts';
import { CPU_THROTTLE, heapRun, loadRuns, mapRun, restoreRuns } from './browser-runs.ts';
import { launchChromium } from './chromium.ts';
import { runCoreBench } from './core.ts';
import { ROOT } from './paths.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';
import { ratio } from './stats.ts';

const LOAD_RUNS = Number(process.env.BENCH_RUNS ?? 12);
const RESTORES = Number(process.env.BENCH_RESTORES ?? 3);
const RESTARTS = 20;
const MAP_CYCLES = 10;
const log = (s: string) => process.stderr.write(`${s}\n`);

type Failed = { error: string };
/** Runs one part of the benchmark; a failure becomes `{ error }` and the rest still runs. */
async function part<T>(name: string, run: () => Promise<T>): Promise<T | Failed> {
  try {
    return await run();
  } catch (e) {
    const error = (e as Error).message.split('\n')[0];
    log(`  ${name} failed: ${error}`);
    return { error };
  }
}
const ok = <T,>(v: T | Failed | undefined): v is T => v !== undefined && !(typeof v === 'object' && v !== null && 'error' in v);

async function main() {
  const started = Date.now();
  const tmp = await mkdtemp(join(tmpdir(), 'crl-bench-'));
  const labDir = join(tmp, 'lab');
  const floorDir = join(tmp, 'floor');
  const load = loadavg()[0];
  try {
    log('core: bundling and running the simulation benchmark…');
    const core = await part('core', () => runCoreBench(tmp));
    if (ok(core)) log(`  replay of ${core.attemptEvents} events: ${core.replayMs.median} ms (median of ${core.replayMs.runs}); engine ${core.engineEventsPerSecond} events/s`);

    log('browser: building the lab and the floor page…');
    await buildLab(labDir);
    await buildFloor(floorDir);
    const [labAssets, floorAssets] = await Promise.all([initialAssets(labDir), initialAssets(floorDir)]);
    const mapBuilt = existsSync(join(ROOT, 'src/map')) && readdirSync(join(ROOT, 'src/map')).some((f) => /\.tsx?$/.test(f));

    const [lab, floor] = await Promise.all([serveStatic(labDir), serveStatic(floorDir)]);
    const browser = await launchChromium();
    try {
      log(`browser: ${LOAD_RUNS} cold loads each, lab and floor alternately, CPU ${CPU_THROTTLE}× slower…`);
      // The lab opens the way a trainee's link does: straight into the standard scenario.
      const loads = await part('loads', () => loadRuns(browser, `${lab.url}/?scenario=standard&mode=practice`, `${floor.url}/`, LOAD_RUNS, log));
      log(`browser: ${RESTORES} complete restores through the UI (?speed=50)…`);
      const interaction = await part('restores', () => restoreRuns(browser, lab.url, RESTORES, log));
      log(`browser: the procedure map, ${MAP_CYCLES}× step 1 ⇄ step 2 (select the group, Undo)…`);
      const map = await part('map', () => mapRun(browser, lab.url, MAP_CYCLES, mapBuilt));
      if (ok(map)) log(`  ${map.changes} changes, median ${map.medianMs ?? '—'} ms${map.note ? ` (${map.note})` : ''}`);
      log(`browser: JS heap over ${RESTARTS} scenario restarts…`);
      const heap = await part('heap', () => heapRun(browser, lab.url, RESTARTS));

      const usable = ok(loads) ? loads : undefined;
      const result = {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, loadAverage1m: Math.round(load * 10) / 10, node: process.version, browser: browser.version() },
        core: ok(core)
          ? {
              replay1000EventsMs: core.replayMs.median,
              replayRuns: core.replayMs.runs,
              replayMinMaxMs: [core.replayMs.min, core.replayMs.max],
              replayEventsPerSecond: core.replayEventsPerSecond,
              engineEventsPerSecond: core.engineEventsPerSecond,
              attemptEvents: core.attemptEvents,
              attemptEndsIn: core.finalStatus,
            }
          : core,
        browser: {
          cpuThrottle: CPU_THROTTLE,
          loadRuns: LOAD_RUNS,
          initialJsGzip: { lab: labAssets.jsGzip, floor: floorAssets.jsGzip, ratio: ratio(labAssets.jsGzip, floorAssets.jsGzip) },
          initialCssGzip: { lab: labAssets.cssGzip, floor: floorAssets.cssGzip, ratio: ratio(labAssets.cssGzip, floorAssets.cssGzip) },
          allJsGzip: { lab: labAssets.allJsGzip, floor: floorAssets.allJsGzip },
          timeToUsableMs: usable
            ? { lab: usable.lab.usableMs, floor: usable.floor.usableMs, ratio: ratio(usable.lab.usableMs, usable.floor.usableMs), labRange: usable.lab.usableRange, floorRange: usable.floor.usableRange }
            : loads,
          jsBeforeFirstClickGzip: usable
            ? { lab: usable.lab.jsBeforeClickGzip, floor: usable.floor.jsBeforeClickGzip, ratio: ratio(usable.lab.jsBeforeClickGzip, usable.floor.jsBeforeClickGzip) }
            : loads,
          startMenuOpenMs: usable ? { lab: usable.lab.startMenuMs, floor: usable.floor.startMenuMs, ratio: ratio(usable.lab.startMenuMs, usable.floor.startMenuMs) } : loads,
          windowOpenMs: usable ? usable.lab.windowOpenMs : null,
          windowOpenRange: usable ? usable.lab.windowOpenRange : null,
          interaction,
          mapPerStateChangeMs: ok(map) ? map.medianMs : null,
          map,
          heap,
        },
        budgets: [] as { name: string; limit: string; value: number | null; pass: boolean | null }[],
        seconds: 0,
      };
      const budget = (name: string, limit: string, value: number | null | undefined, pass: (v: number) => boolean) =>
        result.budgets.push({ name, limit, value: value ?? null, pass: value == null ? null : pass(value) });
      budget('core: replay a 1,000-event attempt', '< 50 ms', ok(core) ? core.replayMs.median : null, (v) => v < 50);
      budget('initial JS vs floor', '≤ 1.4×', result.browser.initialJsGzip.ratio, (v) => v <= 1.4);
      budget('JS fetched before the first click vs floor (lazy chunks included)', '≤ 1.4×', usable ? ratio(usable.lab.jsBeforeClickGzip, usable.floor.jsBeforeClickGzip) : null, (v) => v <= 1.4);
      budget('time to usable vs floor', '≤ 1.25×', usable ? ratio(usable.lab.usableMs, usable.floor.usableMs) : null, (v) => v <= 1.25);
      budget('Start menu open vs floor', '≤ 1.3×', usable ? ratio(usable.lab.startMenuMs, usable.floor.startMenuMs) : null, (v) => v <= 1.3);
      budget(`p95 interaction at ${CPU_THROTTLE}× throttle`, '≤ 100 ms', ok(interaction) ? interaction.p95Ms : null, (v) => v <= 100);
      budget('map highlight after a state change', '≤ 33 ms', ok(map) ? map.medianMs : null, (v) => v <= 33);
      budget(`heap growth after ${RESTARTS} restarts`, '≤ 10 %', ok(heap) ? heap.growthPct : null, (v) => v <= 10);
      result.seconds = Math.round((Date.now() - started) / 1000);
      if (load > cpus().length * 1.5) log(`note: the machine was busy (load average ${load.toFixed(1)} on ${cpus().length} CPUs): timings are inflated.`);
      for (const x of result.budgets) log(`${x.pass === null ? 'n/a ' : x.pass ? 'PASS' : 'FAIL'}  ${x.name}: ${x.value ?? '—'} (budget ${x.limit})`);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await browser.close();
      await Promise.all([lab.close(), floor.close()]);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main().catch((e: Error) => {
  log(`bench could not run: ${e.stack ?? e.message}`);
  process.stdout.write(`${JSON.stringify({ error: e.message })}\n`);
});
