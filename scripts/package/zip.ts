/** Writes a zip with fflate (no `zip` binary): deterministic dates, so the same build gives the same zip. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { PackageFiles } from './build-files.ts';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function zipBytes(files: PackageFiles): Uint8Array {
  const zippable: Zippable = {};
  for (const path of Object.keys(files).sort()) zippable[path] = [files[path], { level: /\.(png|jpe?g|woff2?|gz|zip)$/i.test(path) ? 0 : 9, mtime: FIXED_DATE }];
  return zipSync(zippable);
}

export async function writeZip(path: string, files: PackageFiles): Promise<number> {
  const bytes = zipBytes(files);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return bytes.length;
}
