import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transform } from 'lightningcss';
import { describe, expect, test } from 'vitest';
import { fix98cssMediaQuery } from '../../vite.config.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('98.css/dist/98.css'), 'utf8');
const minify = (code: string) => transform({ filename: '98.css', code: Buffer.from(code), minify: true });

describe('98.css through Lightning CSS', () => {
  test('the installed 98.css still has the query the plugin rewrites (an upgrade that changes it fails here)', () => {
    expect(css).toContain('(not(hover))');
    expect(() => minify(css)).toThrow(/media query/i);
  });

  test('after the plugin, it minifies and keeps the author\'s meaning', () => {
    const plugin = fix98cssMediaQuery();
    const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
    const fixed = hook(css, '/x/node_modules/98.css/dist/98.css');
    expect(fixed).not.toBeNull();
    const out = minify(fixed!.code).code.toString();
    expect(out).toContain('@media not (hover)');
    expect(hook('a{}', '/x/src/app.css')).toBeNull();
  });
});
