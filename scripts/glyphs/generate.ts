/**
 * `npm run glyphs`: draws every SVG glyph of the lab's stylesheets (98.css's and ours) once, in
 * Chromium, at its own size, and writes the bitmaps to scripts/glyphs/table.generated.json. The
 * build swaps them in (plugin.ts): a CSS background drawn from SVG costs Chrome a whole SVG document
 * the first time it is styled, about 25 ms on a slow laptop, paid in the trainee's first frame and
 * in each window's first opening. A glyph with a partly transparent pixel is not pixel art and
 * stops the run: a bitmap of it would not look the same when zoomed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../bench/chromium.ts';
import { ROOT } from '../bench/paths.ts';
import { stylesheetGlyphs } from './svg-glyphs.ts';

const target = fileURLToPath(new URL('./table.generated.json', import.meta.url));
const uris = stylesheetGlyphs(ROOT);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const drawn = await page.evaluate(async (list) => {
    const out: { png: string; partial: number }[] = [];
    for (const uri of list) {
      const img = new Image();
      img.src = uri;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const alpha = g.getImageData(0, 0, canvas.width, canvas.height).data.filter((_, i) => i % 4 === 3);
      out.push({ png: canvas.toDataURL('image/png'), partial: alpha.filter((a) => a !== 0 && a !== 255).length });
    }
    return out;
  }, uris);
  const blurred = uris.filter((_, i) => drawn[i].partial > 0);
  if (blurred.length) throw new Error(`Not pixel art (partly transparent pixels), keep as SVG or fix:\n${blurred.join('\n')}`);
  const table = Object.fromEntries(uris.map((uri, i) => [uri, drawn[i].png]));
  writeFileSync(target, `${JSON.stringify(table, null, 2)}\n`);
  process.stdout.write(`wrote ${uris.length} glyphs to ${target}\n`);
} finally {
  await browser.close();
}
