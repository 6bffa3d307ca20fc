import { expect, test, type Page, type Request } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeRestore, desktopIcon, readyDesktop, scenarioUrl, startButton, takeDirectoryOffline } from './support/restore-flow.ts';
import { serveStatic } from './support/static-server.ts';

/**
 * The lab works on a closed network: nothing leaves its own origin (unless an instructor sets a
 * Learning Record Store), the Content-Security-Policy forbids inline and remote scripts and nothing
 * violates it, the build runs from a sub-path, and after one visit it runs with the network gone.
 */

// The other specs block the service worker (playwright.config.ts); here it runs as for a trainee.
test.use({ serviceWorkers: 'allow' });

type Violation = { directive: string; blocked: string; source: string };

/** Collects `securitypolicyviolation` events from the first moment of every document. */
async function watchCsp(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: Violation[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
}

/** Opens every desktop icon in turn and closes what it opened (a program window or a message box). */
async function openEveryIcon(page: Page) {
  const names = await page.getByRole('listbox', { name: 'Desktop' }).getByRole('option').allInnerTexts();
  expect(names.length).toBeGreaterThanOrEqual(6);
  for (const raw of names) {
    const name = raw.trim();
    const before = await page.getByRole('dialog').count();
    await desktopIcon(page, name).dblclick();
    const box = page.getByRole('alertdialog');
    await expect(async () => {
      expect((await page.getByRole('dialog').count()) > before || (await box.count()) > 0).toBe(true);
    }).toPass({ timeout: 10_000 });
    if (await box.count()) {
      await box.getByRole('button', { name: 'OK' }).click();
      await expect(box).toHaveCount(0);
    } else {
      // The program just opened is the active window; Alt+F4 closes it.
      await page.keyboard.press('Alt+F4');
      await expect(page.getByRole('dialog')).toHaveCount(before);
    }
  }
}

/** Checks a CSP string: scripts only from the page's origin, never inline or eval, no remote origin anywhere. */
function checkPolicy(policy: string) {
  const directives = new Map(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name.toLowerCase(), values]),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  expect(scripts, 'script-src (or default-src)').toEqual(["'self'"]);
  expect(directives.get('default-src'), 'default-src').toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  for (const [name, values] of directives) {
    for (const v of values) {
      // Keywords ('self', 'none', 'unsafe-inline' for styles) and in-document schemes only: no hosts, no *.
      // connect-src also reaches a Learning Record Store (xAPI, cmi5): any https one, or one on this computer.
      const lrs = name === 'connect-src' && ['https:', 'http://localhost:*', 'http://127.0.0.1:*'].includes(v);
      const allowed = /^'(self|none)'$/.test(v) || lrs || (v === "'unsafe-inline'" && name === 'style-src') || ((v === 'data:' || v === 'blob:') && name !== 'script-src' && name !== 'default-src');
      expect(allowed, `${name} ${v}`).toBe(true);
    }
  }
}

test('a whole session stays on its own origin and within its Content-Security-Policy', async ({ page, baseURL, request }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());
  page.context().on('request', record);
  const consoleCsp: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && consoleCsp.push(m.text()));
  const violations = await watchCsp(page);

  // The served page declares the policy in a meta element.
  const html = await (await request.get('/')).text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'index.html has a Content-Security-Policy meta element').not.toBeNull();
  checkPolicy(meta![1]);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline scripts in the page itself

  await page.goto(scenarioUrl(20));
  await readyDesktop(page);
  await openEveryIcon(page);
  expect(await completeRestore(page), 'the restore ends with the lab\'s report').toBe(true);

  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
  expect(requests.length).toBeGreaterThan(2);
  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(consoleCsp).toEqual([]);
});

test('after one visit the service worker serves the lab with the network gone, and a step can be done', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(scenarioUrl(20));
  await readyDesktop(page);
  // The worker registers after the first load, in the first pause of input (src/lib/when-quiet.ts), and claims this page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBe('./manifest.webmanifest');

  await context.setOffline(true);
  try {
    await page.reload();
    await readyDesktop(page);
    await takeDirectoryOffline(page);
    const task = page.getByRole('list', { name: /Steps of Q238063/ }).getByRole('listitem').filter({ hasText: '2. Take the Directory offline' });
    await expect(task).toContainText('(done)');
  } finally {
    await context.setOffline(false);
  }
});

test.describe('from a sub-path', () => {
  let parent = '';
  test.beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'crl-subpath-'));
    // The very build the e2e server serves (base './'), copied to <parent>/lab; the server's root is <parent>.
    await cp(join(import.meta.dirname, '..', process.env.E2E_OUTDIR ?? 'dist'), join(parent, 'lab'), { recursive: true });
  });
  test.afterAll(async () => {
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  test('served from /lab/, the lab loads and a program opens', async ({ page }) => {
    const server = await serveStatic(parent);
    try {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const violations = await watchCsp(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/lab/index.html?scenario=standard&mode=practice&speed=20`);
      await expect(startButton(page)).toBeVisible();
      await expect(startButton(page)).toBeEnabled();
      await readyDesktop(page);
      await desktopIcon(page, 'Services').dblclick();
      const services = page.getByRole('dialog', { name: 'Services', exact: true });
      await expect(services).toBeVisible();
      await expect(services.getByRole('row', { name: /^Microsoft Exchange Directory\b/ })).toContainText('Started');
      // Every file came from under /lab/ (relative URLs), nothing from the server's root.
      const outside = requests.filter((u) => !u.startsWith(`${server.url}/lab/`) && !/^(data|blob):/.test(u));
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      expect(await violations()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
