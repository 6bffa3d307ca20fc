/** The production build every package is made from, read as a map of relative path → bytes. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../bench/paths.ts';

export type PackageFiles = Record<string, Uint8Array>;

/** Builds the lab (vite.config.ts, `base: './'`: every asset URL stays relative) into `outDir`. */
export async function buildLab(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096, rolldownOptions: { checks: { pluginTimings: false } } } });
}

/** Every file under `dir`, keyed by its path relative to `dir` with `/` separators. */
export async function readBuildFiles(dir: string): Promise<PackageFiles> {
  const files: PackageFiles = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(dir, full).split(sep).join('/')] = new Uint8Array(await readFile(full));
  }
  if (!files['index.html']) throw new Error(`${dir} has no index.html: is it a build of the lab?`);
  return files;
}
