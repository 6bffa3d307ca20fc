/** Bundles the simulation-core benchmark with Vite (SSR build) and runs it in a fresh Node process. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { ROOT } from './paths.ts';

export interface CoreResult {
  attemptEvents: number;
  finalStatus: string;
  replayMs: { median: number; min: number; max: number; runs: number };
  replayEventsPerSecond: number;
  engineEventsPerSecond: number;
  engineRuns: number;
}

export async function runCoreBench(tmp: string): Promise<CoreResult> {
  const outDir = join(tmp, 'core');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: join(ROOT, 'scripts/bench/core-entry.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: true,
      rollupOptions: { output: { entryFileNames: 'core.mjs' } },
    },
    // One self-contained file: it runs from a temporary folder with no node_modules.
    ssr: { noExternal: true, target: 'node' },
  });
  const { stdout } = await promisify(execFile)(process.execPath, [join(outDir, 'core.mjs')], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as CoreResult;
}
