import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';

const css98 = createRequire(import.meta.url).resolve('98.css/dist/98.css');
const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

// The first frame's text is in NT's pixel font: fetched with the page, it is there for the first
// layout, so the desktop is not laid out once in a fallback font and then again (measured in README).
test('index.html preloads exactly the woff2 faces 98.css declares, from files that exist', () => {
  const declared = [...readFileSync(css98, 'utf8').matchAll(/url\("?([^")]+\.woff2)"?\)/g)].map((m) => m[1].replace(/^\.\//, '')).sort();
  const preloads = [...indexHtml.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin \/>/g)].map((m) => m[1]);
  expect(declared.length).toBeGreaterThan(0);
  expect(preloads.map((href) => href.replace('/node_modules/98.css/dist/', '')).sort()).toEqual(declared);
  for (const file of declared) expect(existsSync(join(dirname(css98), file))).toBe(true);
});
