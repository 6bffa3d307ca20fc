import { describe, expect, test } from 'vitest';
import { rasterGlyphs, rasterizeSvgUrls } from '../../scripts/glyphs/plugin.ts';
import TABLE from '../../scripts/glyphs/table.generated.json' with { type: 'json' };
import { declaredSize, stylesheetGlyphs, svgUrisIn } from '../../scripts/glyphs/svg-glyphs.ts';
import { ROOT } from '../../scripts/bench/paths.ts';
import config from '../../vite.config.ts';

/** Width and height from a PNG data URI's IHDR chunk. */
function pngSize(uri: string): { width: number; height: number } {
  const bytes = Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('SVG glyphs drawn as bitmaps', () => {
  test('every SVG glyph of 98.css and of our stylesheets has a bitmap of its own size (`npm run glyphs` after a change)', () => {
    const glyphs = stylesheetGlyphs(ROOT);
    expect(glyphs.length).toBeGreaterThan(20);
    for (const svg of glyphs) {
      const png = (TABLE as Record<string, string>)[svg];
      expect(png, svg).toMatch(/^data:image\/png;base64,/);
      expect(pngSize(png)).toEqual(declaredSize(svg));
    }
  });

  test('the plugin swaps each glyph for its bitmap, whatever the quotes, and leaves the rest of the stylesheet alone', () => {
    const table = { 'data:image/svg+xml,%3Csvg%20width="1"%3E': 'data:image/png;base64,AA', "data:image/svg+xml,%3Csvg%20width='2'%3E": 'data:image/png;base64,BB', 'data:image/svg+xml,%3Csvg%3E': 'data:image/png;base64,CC' };
    const [dq, sq, bare] = Object.keys(table);
    const css = `.x{background:url('${dq}') no-repeat}.y{border-image:url("${sq}") 2}.w{background:url(${bare})}.z{background:url(./file.png)}`;
    const out = rasterizeSvgUrls(css, table, 'x.css');
    expect(out).toBe('.x{background:url("data:image/png;base64,AA") no-repeat}.y{border-image:url("data:image/png;base64,BB") 2}.w{background:url("data:image/png;base64,CC")}.z{background:url(./file.png)}');
    expect(svgUrisIn(out)).toEqual([]);
  });

  test('the lab\'s build runs the plugin', () => {
    const names = (config.plugins ?? []).flat(3).map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : null));
    expect(names).toContain('raster-glyphs');
  });

  test('a glyph without a bitmap stops the build and says what to run', () => {
    const css = ".q{background:url(\"data:image/svg+xml;charset=utf-8,%3Csvg width='1' height='1'%3E%3C/svg%3E\")}";
    expect(() => rasterizeSvgUrls(css, TABLE, 'new.css')).toThrow(/new\.css.*npm run glyphs/);
    const hook = rasterGlyphs().transform as (code: string, id: string) => { code: string } | null;
    expect(hook('.a{color:red}', '/x/src/a.css')).toBeNull();
    expect(hook(css, '/x/src/a.ts')).toBeNull();
  });
});
