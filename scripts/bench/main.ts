/**
 * `npm run bench`: the simulation core in Node, then the built lab against a floor page in headless
 * Chromium at 4× CPU throttle. Prints progress on stderr and ONE JSON object on stdout. Budgets are
 * informative: the exit code is 0 unless the benchmark itself could not run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFloor, buildLab, initialAssets } from './build.ts';
import { launchChromium } from './chromium.ts';
import { runCoreBench } from './core.ts';
import { CPU_THROTTLE, heapRun, loadRuns, mapRun, restoreRuns } from './browser-runs.ts';
import { ROOT } from './paths.ts';
import { serveStatic } from './static-server.ts';
import { ratio } from './stats.ts';

const LOAD_RUNS = Number(process.env.BENCH_RUNS ?? 12);
const RESTORES = Number(process.env.BENCH_RESTORES ?? 3);
const RESTARTS = 20;
const log = (s: string) => process.stderr.write(`${s}\n`);

async function main() {
  const started = Date.now();
  const tmp = await mkdtemp(join(tmpdir(), 'crl-bench-'));
  const labDir = join(tmp, 'lab');
  const floorDir = join(tmp, 'floor');
  try {
    log('core: bundling and running the simulation benchmark…');
    const core = await runCoreBench(tmp);
    log(`  replay of ${core.attemptEvents} events: ${core.replayMs.median} ms (median); engine ${core.engineEventsPerSecond} events/s`);

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
      const loads = await loadRuns(browser, `${lab.url}/?scenario=standard&mode=practice`, `${floor.url}/`, LOAD_RUNS, log);
      log(`browser: ${RESTORES} complete restores through the UI (?speed=50)…`);
      const interaction = await restoreRuns(browser, lab.url, RESTORES, log);
      log('browser: the procedure map, step 1 ⇄ step 2 (select the group, Undo)…');
      const map = await mapRun(browser, lab.url, 5, mapBuilt);
      log(`  ${map.changes} changes, median ${map.medianMs ?? '—'} ms${map.note ? ` (${map.note})` : ''}`);
      log(`browser: JS heap over ${RESTARTS} scenario restarts…`);
      const heap = await heapRun(browser, lab.url, RESTARTS);

      const result = {
        date: new Date().toISOString(),
        machine: { cpus: (await import('node:os')).cpus().length, node: process.version, browser: browser.version() },
        core: {
          replay1000EventsMs: core.replayMs.median,
          replayRuns: core.replayMs.runs,
          replayMinMaxMs: [core.replayMs.min, core.replayMs.max],
          replayEventsPerSecond: core.replayEventsPerSecond,
          engineEventsPerSecond: core.engineEventsPerSecond,
          attemptEvents: core.attemptEvents,
          attemptEndsIn: core.finalStatus,
        },
        browser: {
          cpuThrottle: CPU_THROTTLE,
          loadRuns: LOAD_RUNS,
          initialJsGzip: { lab: labAssets.jsGzip, floor: floorAssets.jsGzip, ratio: ratio(labAssets.jsGzip, floorAssets.jsGzip) },
          initialCssGzip: { lab: labAssets.cssGzip, floor: floorAssets.cssGzip, ratio: ratio(labAssets.cssGzip, floorAssets.cssGzip) },
          allJsGzip: { lab: labAssets.allJsGzip, floor: floorAssets.allJsGzip },
          timeToUsableMs: {
            lab: loads.lab.usableMs,
            floor: loads.floor.usableMs,
            ratio: ratio(loads.lab.usableMs, loads.floor.usableMs),
            labRange: loads.lab.usableRange,
            floorRange: loads.floor.usableRange,
          },
          windowOpenMs: loads.lab.windowOpenMs,
          windowOpenRange: loads.lab.windowOpenRange,
          interaction: {
            restores: interaction.restores,
            interactions: interaction.interactions,
            reportedOver16Ms: interaction.reported,
            p95Ms: interaction.p95Ms,
            maxMs: interaction.maxMs,
            slowest: interaction.slowest,
            restoreSeconds: interaction.restoreSeconds,
          },
          mapPerStateChangeMs: map.medianMs,
          map,
          heap,
        },
        budgets: [] as { name: string; limit: string; value: number | null; pass: boolean | null }[],
        seconds: 0,
      };
      const b = result.browser;
      const budget = (name: string, limit: string, value: number | null, ok: (v: number) => boolean) =>
        result.budgets.push({ name, limit, value, pass: value === null ? null : ok(value) });
      budget('core: replay a 1,000-event attempt', '< 50 ms', result.core.replay1000EventsMs, (v) => v < 50);
      budget('initial JS vs floor', '≤ 1.4×', b.initialJsGzip.ratio, (v) => v <= 1.4);
      budget('time to usable vs floor', '≤ 1.25×', b.timeToUsableMs.ratio, (v) => v <= 1.25);
      budget('p95 interaction at 4× throttle', '≤ 100 ms', b.interaction.p95Ms, (v) => v <= 100);
      budget(`heap growth after ${RESTARTS} restarts`, '≤ 10 %', b.heap.growthPct, (v) => v <= 10);
      result.seconds = Math.round((Date.now() - started) / 1000);
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

await main();
