import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Worker threads start faster than forked processes: a third off the unit run on two cores.
      pool: 'threads',
      // jsdom renders of whole windows take 1–2 s on two quiet cores; 5 s left no room for a busy machine.
      testTimeout: 20_000,
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'test-results/unit.json' },
      projects: [
        // The pure core shares one module graph per worker (85 s → 49 s for the whole unit run; green
        // in shuffled file orders). The UI files stay isolated: they mock modules and render stores.
        { extends: true, test: { name: 'core', environment: 'node', include: ['src/**/*.test.ts'], isolate: false } },
        { extends: true, test: { name: 'ui', environment: 'jsdom', include: ['src/**/*.test.tsx'] } },
      ],
    },
  }),
);
