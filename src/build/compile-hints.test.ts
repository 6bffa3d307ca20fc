import { expect, test } from 'vitest';
import { addCompileHints, COMPILE_HINT } from '../../scripts/compile-hints/plugin.ts';

const chunk = (fileName: string, imports: string[], isEntry = false) => ({ type: 'chunk' as const, fileName, isEntry, imports, code: `/*${fileName}*/`, map: { mappings: 'AAAA' } });

test('the first load\'s chunks (entry and its static imports, transitively) start with the hint; lazy ones do not; maps move a line', () => {
  const bundle = {
    'index.js': chunk('index.js', ['react.js']),
    'react.js': chunk('react.js', ['runtime.js']),
    'runtime.js': chunk('runtime.js', []),
    'Backup.js': chunk('Backup.js', ['react.js']),
    'index.js.map': { type: 'asset' as const, fileName: 'index.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA' }) },
    'index.css': { type: 'asset' as const, fileName: 'index.css', source: 'a{}' },
  };
  bundle['index.js'].isEntry = true;
  addCompileHints(bundle);
  for (const f of ['index.js', 'react.js', 'runtime.js'] as const) expect(bundle[f].code).toBe(`${COMPILE_HINT}/*${f}*/`);
  expect(bundle['Backup.js'].code).toBe('/*Backup.js*/');
  expect(bundle['index.js'].map.mappings).toBe(';AAAA');
  expect(bundle['Backup.js'].map.mappings).toBe('AAAA');
  expect(JSON.parse(bundle['index.js.map'].source).mappings).toBe(';AAAA');
  expect(bundle['index.css'].source).toBe('a{}');
});
