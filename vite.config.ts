import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * 98.css 0.1.21 writes `@media (not(hover))`, which Lightning CSS rejects when minifying
 * (`not(` lexes as a function token). `(not (hover))` is the valid Media Queries 4 form
 * with the author's meaning, so rewrite it before the CSS pipeline sees it.
 */
export function fix98cssMediaQuery(): Plugin {
  return {
    name: 'fix-98css-media-query',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]98\.css[\\/].*\.css$/.test(id.split('?')[0])) return null;
      return { code: code.replaceAll('(not(hover))', '(not (hover))'), map: null };
    },
  };
}

// `base: './'` keeps every asset URL relative, so the build works from any static folder or sub-path.
export default defineConfig({
  base: './',
  plugins: [fix98cssMediaQuery(), react()],
  build: { target: 'es2022', sourcemap: false },
});
