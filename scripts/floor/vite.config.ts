import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fix98cssMediaQuery } from '../../vite.config.ts';

/** The benchmark floor page: same plugins and build settings as the lab (see ../../vite.config.ts). */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [fix98cssMediaQuery(), react()],
  build: { target: 'es2022', sourcemap: false },
  logLevel: 'warn',
});
