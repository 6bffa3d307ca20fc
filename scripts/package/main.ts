/**
 * `npm run package [-- --scenarios file.json ...]`: one production build, then every course
 * package made from it, written to release/. A package is a function from the build's files (and
 * the instructor's scenarios) to the zip's files; add one to PACKAGES.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import { ROOT } from '../bench/paths.ts';
import { buildLab, readBuildFiles, type PackageFiles } from './build-files.ts';
import { parseArgs, readScenarioFiles } from './scenario-files.ts';
import { CMI5_ZIP, cmi5Package } from './cmi5.ts';
import { SCORM12_ZIP, scorm12Package } from './scorm12.ts';
import { writeZip } from './zip.ts';

export const RELEASE_DIR = join(ROOT, 'release');

const PACKAGES: { zip: string; make: (build: PackageFiles, scenarios: readonly Scenario[]) => PackageFiles }[] = [
  { zip: SCORM12_ZIP, make: scorm12Package },
  { zip: CMI5_ZIP, make: cmi5Package },
];

async function main(): Promise<void> {
  const { scenarioFiles } = parseArgs(process.argv.slice(2));
  const scenarios = await readScenarioFiles(scenarioFiles);
  const outDir = await mkdtemp(join(tmpdir(), 'lab-package-'));
  try {
    await buildLab(outDir);
    const build = await readBuildFiles(outDir);
    for (const { zip, make } of PACKAGES) {
      const bytes = await writeZip(join(RELEASE_DIR, zip), make(build, scenarios));
      process.stdout.write(`release/${zip}: ${(bytes / 1024).toFixed(1)} KB${scenarios.length ? ` (with ${scenarios.map((s) => s.id).join(', ')})` : ''}\n`);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

// A bad argument or scenario file is a plain one-line error, not a stack trace.
await main().catch((e: unknown) => {
  console.error(`npm run package: ${(e as Error).message ?? String(e)}`);
  process.exitCode = 1;
});
