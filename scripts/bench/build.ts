/** Builds the lab and the floor page into temporary folders and weighs what each index.html loads. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT } from './paths.ts';

export interface InitialAssets {
  /** gzip bytes of the scripts index.html loads (entry and modulepreloads) before any interaction. */
  jsGzip: number;
  cssGzip: number;
  files: string[];
  /** gzip bytes of every JS chunk in the build, lazy ones included (for reference). */
  allJsGzip: number;
}

/** Rolldown prints plugin timings when a build is slow (a busy machine): not news here. */
const QUIET = { checks: { pluginTimings: false } };

export async function buildLab(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096, rolldownOptions: QUIET } });
}

export async function buildFloor(outDir: string): Promise<void> {
  await build({ configFile: join(ROOT, 'scripts/floor/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096, rolldownOptions: QUIET } });
}

const gz = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

/** Reads the built index.html: `<script src>`, `<link rel="modulepreload|stylesheet" href>`. */
export async function initialAssets(outDir: string): Promise<InitialAssets> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const hrefOf = (tag: string) => /\bhref="([^"]+)"/.exec(tag)?.[1];
  const preloads = links.filter((l) => /\brel="modulepreload"/.test(l)).map(hrefOf);
  const styles = links.filter((l) => /\brel="stylesheet"/.test(l)).map(hrefOf);
  const local = (u: string | undefined): u is string => !!u && !/^[a-z]+:/i.test(u);
  const js = [...new Set([...scripts, ...preloads].filter(local))];
  const css = [...new Set(styles.filter(local))];
  const sum = async (list: string[]) => (await Promise.all(list.map((u) => gz(join(outDir, u))))).reduce((a, b) => a + b, 0);
  const all = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
  return {
    jsGzip: await sum(js),
    cssGzip: await sum(css),
    files: [...js, ...css].map((u) => u.replace(/^\.\//, '')),
    allJsGzip: await sum(all.map((f) => `assets/${f}`)),
  };
}
