import { defineConfig, devices, chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Use Playwright's own Chromium when it is installed; otherwise Debian's. Of Debian's, the headless
 * shell (`apt-get install -y chromium-headless-shell`) first: it is what Playwright itself runs for
 * headless tests, and on two cores a new page costs a third of the full browser's (context and page
 * 500 → 160 ms, load to a usable Start button about 1,000 → 440 ms; desktop-shell.spec 50 → 31 s).
 * PW_CHROMIUM_PATH overrides them all.
 */
function chromiumPath(): string | undefined {
  if (process.env.PW_CHROMIUM_PATH) return process.env.PW_CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* no bundled browser: fall through to the system one */
  }
  for (const p of ['/usr/lib/chromium/chromium-headless-shell', '/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(p)) return p;
  throw new Error(
    'No Chromium found. Tried Playwright\'s bundled browser, /usr/lib/chromium/chromium-headless-shell, /usr/lib/chromium/chromium and /usr/bin/chromium. ' +
      'Run `npx playwright install chromium` or `apt-get install -y chromium-headless-shell`, or set PW_CHROMIUM_PATH.',
  );
}

const PORT = Number(process.env.E2E_PORT ?? 4391);
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e-artifacts',
  forbidOnly: CI,
  // A test that needs a retry is a bug: none, in CI too. Every spec file's tests run in parallel.
  retries: 0,
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace for every test costs a third of the suite's time on two cores; a failure
    // still leaves its screenshot and page snapshot. PW_TRACE=1 records traces again.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // The offline install's service worker precaches the whole build in every new context; only
    // e2e/offline.spec.ts, which tests it, allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } } }],
  webServer: {
    command: `npx vite build --outDir ${process.env.E2E_OUTDIR ?? "dist"} && npx vite preview --outDir ${process.env.E2E_OUTDIR ?? "dist"} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !CI,
    timeout: 180_000,
  },
});
