import type { Plugin } from 'vite';
import TABLE from './table.generated.json' with { type: 'json' };
import { SVG_URL } from './svg-glyphs.ts';

export type GlyphTable = Readonly<Record<string, string>>;

/**
 * Every SVG data URI in `css` replaced by its bitmap from `table` (scripts/glyphs/generate.ts).
 * One missing from the table (a new glyph, a 98.css upgrade) stops the build until the table is
 * drawn again: a forgotten glyph would quietly cost the trainee its SVG document again.
 */
export function rasterizeSvgUrls(css: string, table: GlyphTable, file: string): string {
  return css.replace(SVG_URL, (_whole, dq?: string, sq?: string, bare?: string) => {
    const uri = dq ?? sq ?? bare ?? '';
    const png = table[uri];
    if (!png) throw new Error(`${file}: an SVG glyph has no bitmap yet (run \`npm run glyphs\`): ${uri.slice(0, 120)}…`);
    return `url("${png}")`;
  });
}

/** Swaps the stylesheets' SVG glyphs for their bitmaps, in the dev server and in the build. */
export function rasterGlyphs(table: GlyphTable = TABLE): Plugin {
  return {
    name: 'raster-glyphs',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.css') || !code.includes('data:image/svg+xml')) return null;
      return { code: rasterizeSvgUrls(code, table, file), map: null };
    },
  };
}
