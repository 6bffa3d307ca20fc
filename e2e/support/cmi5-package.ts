import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { readBuildFiles } from '../../scripts/package/build-files.ts';
import { cmi5Package } from '../../scripts/package/cmi5.ts';
import { zipBytes } from '../../scripts/package/zip.ts';
import { serveStatic } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServedPackage {
  /** Where the LMS serves the package's files (the folder cmi5.xml sits in). */
  url: string;
  /** The unzipped package: path → bytes. */
  files: Record<string, Uint8Array>;
  zipSize: number;
  /** How long making, zipping and unzipping the package took (ms). */
  madeInMs: number;
  close(): Promise<void>;
}

/**
 * The cmi5 zip made by `npm run package`'s own code from the build the e2e server serves (no
 * second vite build), unzipped into a temporary folder and served over HTTP, as an LMS serves the
 * content of an imported package.
 */
export async function serveCmi5Package(): Promise<ServedPackage> {
  const started = performance.now();
  const zip = zipBytes(cmi5Package(await readBuildFiles(join(ROOT, process.env.E2E_OUTDIR ?? 'dist')), []));
  const files = unzipSync(zip);
  const dir = await mkdtemp(join(tmpdir(), 'cmi5-package-'));
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  const madeInMs = performance.now() - started;
  const server = await serveStatic(dir);
  return {
    url: server.url, files, zipSize: zip.length, madeInMs,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
