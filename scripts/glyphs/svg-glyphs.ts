/** Where the lab's CSS draws with SVG data URIs: 98.css's glyphs and the lab's own stylesheets. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** `url("data:image/svg+xml,…")` as written in a stylesheet: in double quotes, single quotes or none. */
export const SVG_URL = /url\((?:"(data:image\/svg\+xml[^"]*)"|'(data:image\/svg\+xml[^']*)'|(data:image\/svg\+xml[^\s"')]*))\)/g;

export const svgUrisIn = (css: string): string[] => [...css.matchAll(SVG_URL)].map((m) => m[1] ?? m[2] ?? m[3]);

const cssFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFilesUnder(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );

/** Every distinct SVG data URI in the installed 98.css and in src/. */
export function stylesheetGlyphs(root: string): string[] {
  const ninetyEight = createRequire(join(root, 'package.json')).resolve('98.css/dist/98.css');
  const files = [ninetyEight, ...cssFilesUnder(join(root, 'src'))];
  return [...new Set(files.flatMap((f) => svgUrisIn(readFileSync(f, 'utf8'))))];
}

/** The `width` and `height` an SVG data URI declares (the size its bitmap must have). */
export function declaredSize(uri: string): { width: number; height: number } {
  const svg = decodeURIComponent(uri.slice(uri.indexOf(',') + 1));
  const attr = (name: string) => Number(new RegExp(`<svg[^>]*\\s${name}=['"](\\d+)['"]`).exec(svg)?.[1] ?? NaN);
  return { width: attr('width'), height: attr('height') };
}
