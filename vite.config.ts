import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { rasterGlyphs } from './scripts/glyphs/plugin.ts';
import { compileHintsForFirstLoad } from './scripts/compile-hints/plugin.ts';

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

/**
 * Offline install: a Workbox service worker precaches the whole build. It is registered from
 * src/app/offline (after first paint, never inside an LMS), and waits for the trainee's "Reload"
 * before an update takes over (`prompt`); only the very first install claims the open page.
 */
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Cluster Restore Lab',
    short_name: 'Restore Lab',
    description: 'Practise the online restore of an Exchange 5.5 cluster (KB Q238063) on mock Windows NT 4.0 tools.',
    display: 'standalone',
    start_url: './',
    scope: './',
    background_color: '#008080',
    theme_color: '#000080',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ttf,webmanifest}'],
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
  },
});

// `base: './'` keeps every asset URL relative, so the build works from any static folder or sub-path.
export default defineConfig({
  base: './',
  plugins: [fix98cssMediaQuery(), rasterGlyphs(), react(), compileHintsForFirstLoad(), pwa],
  build: { target: 'es2022', sourcemap: false },
});
