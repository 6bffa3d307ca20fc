import { expect, test, type Page } from '@playwright/test';
import { SCENARIOS } from '../src/sim/scenarios/catalog.ts';
import { serveCmi5Package, type ServedPackage } from './support/cmi5-package.ts';
import { closeBriefing, dialog, F11, F11_TITLE, openServices, startDirectory, startStoreAndSeeItFail, stopAndSeeReport } from './support/f11-flow.ts';
import { startLrs, type LrsFixture } from './support/lrs-fixture.ts';

/**
 * The cmi5 zip itself (issue 12): `npm run package`'s code makes it from the served build, the
 * test reads its cmi5.xml as an LMS importing it would, serves the unzipped files, and launches an
 * AU at its url from cmi5.xml with the LMS's cmi5 query, against the LRS fixture.
 */
const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const ATTEMPT_STATE = 'https://cluster-restore-lab.invalid/xapi/state/attempt';

let pkg: ServedPackage;
let lrs: LrsFixture;
test.beforeAll(async () => { pkg = await serveCmi5Package(); });
test.afterAll(async () => { await pkg.close(); });
test.beforeEach(async () => { lrs = await startLrs(); });
test.afterEach(async () => { await lrs.close(); });
// The package must not install itself: let a service worker register if the lab tried.
test.use({ serviceWorkers: 'allow' });

interface Au { id: string; launchMethod: string | null; moveOn: string | null; masteryScore: string | null; children: string[]; title: string; url: string }
interface CourseStructure { parseError: string | null; root: string; ns: string | null; children: string[]; courseId: string | null; courseChildren: string[]; aus: Au[] }

/** cmi5.xml read with the browser's XML parser, as an LMS importing the zip would read it. */
function readCourseStructure(page: Page, xml: string): Promise<CourseStructure> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    const names = (e: Element) => [...e.children].map((c) => c.localName);
    const child = (e: Element, name: string) => [...e.children].find((c) => c.localName === name);
    const course = child(root, 'course');
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName, ns: root.namespaceURI, children: names(root),
      courseId: course?.getAttribute('id') ?? null, courseChildren: course ? names(course) : [],
      aus: [...root.children].filter((e) => e.localName === 'au').map((au) => ({
        id: au.getAttribute('id') ?? '', launchMethod: au.getAttribute('launchMethod'), moveOn: au.getAttribute('moveOn'), masteryScore: au.getAttribute('masteryScore'),
        children: names(au), title: child(au, 'title')?.querySelector('langstring[lang]')?.textContent ?? '', url: child(au, 'url')?.textContent?.trim() ?? '',
      })),
    };
  }, xml);
}

const isAbsoluteIri = (id: string | null) => !!id && /^[a-z][a-z0-9+.-]*:\S+$/i.test(id);
const verbs = (f: LrsFixture) => f.statements.map((s) => String((s.verb as { id: string }).id).split('/').at(-1));
const course = (page: Page) => page.getByRole('region', { name: 'Course' });

/** The AU's launch address as an LMS builds it: the package's url for the AU, then the cmi5 launch parameters. */
async function launchAu(page: Page, au: Au, opts: Parameters<LrsFixture['cmi5Launch']>[0]): Promise<string> {
  const { query, launch } = lrs.cmi5Launch({ activityId: `${lrs.url}/lms/activities/${encodeURIComponent(au.id)}`, publisherId: au.id, ...opts });
  const url = new URL(au.url, `${pkg.url}/`);
  await page.goto(`${url.href}${url.search ? '&' : '?'}${query}`);
  return launch.registration;
}

async function auFor(page: Page, scenarioId: string): Promise<Au> {
  const { aus } = await readCourseStructure(page, new TextDecoder().decode(pkg.files['cmi5.xml']));
  const au = aus.find((a) => new URLSearchParams(a.url.split('?')[1]).get('scenario') === scenarioId);
  if (!au) throw new Error(`cmi5.xml has no AU for ${scenarioId}`);
  return au;
}

test('cmi5 package: cmi5.xml is a valid course structure with one AU per scenario, and the package has no service worker or web app manifest', async ({ page }) => {
  test.info().annotations.push({ type: 'cmi5 package', description: `${(pkg.zipSize / 1024).toFixed(0)} KB, made and unzipped in ${pkg.madeInMs.toFixed(0)} ms` });
  const xml = new TextDecoder().decode(pkg.files['cmi5.xml']);
  const cs = await readCourseStructure(page, xml);
  expect(cs.parseError).toBeNull();
  expect([cs.root, cs.ns]).toEqual(['courseStructure', NS]);
  expect(cs.children).toEqual(['course', ...SCENARIOS.map(() => 'au')]);
  expect(isAbsoluteIri(cs.courseId)).toBe(true);
  expect(cs.courseChildren).toEqual(['title', 'description']);
  expect(cs.aus.map((au) => new URLSearchParams(au.url.split('?')[1]).get('scenario'))).toEqual(SCENARIOS.map((s) => s.id));
  expect(new Set([cs.courseId, ...cs.aus.map((au) => au.id)]).size).toBe(SCENARIOS.length + 1);
  for (const au of cs.aus) {
    expect(isAbsoluteIri(au.id), au.id).toBe(true);
    expect(au.children, au.id).toEqual(['title', 'description', 'url']);
    expect(au.title).toBe(SCENARIOS.find((s) => au.url.includes(`scenario=${s.id}&`))?.title);
    expect(au, au.id).toMatchObject({ launchMethod: 'AnyWindow', moveOn: 'CompletedOrPassed', masteryScore: '0.7' });
    // Relative to cmi5.xml: no scheme, no host, no leading slash; it names a file in the package.
    expect(au.url, au.id).toMatch(/^[^/:?#][^:]*$/);
    expect(new URLSearchParams(au.url.split('?')[1]).get('mode')).toBe('assessment');
    expect(Object.keys(pkg.files), au.url).toContain(au.url.split('?')[0]);
  }

  const paths = Object.keys(pkg.files);
  expect(paths.filter((p) => /(^|\/)(sw\.js|registerSW\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/.test(p))).toEqual([]);
  const html = new TextDecoder().decode(pkg.files['index.html']);
  expect(html).toContain('<meta name="lab-launch" content="cmi5" />');
  expect(html).not.toMatch(/rel="manifest"|registerSW|serviceWorker/);
  // Every asset index.html names is in the package, by a relative path.
  for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    expect(ref, ref).toMatch(/^\.\//);
    expect(paths, ref).toContain(ref.slice(2));
  }
});

test('cmi5 package: an LMS launches an AU from cmi5.xml: initialized, completed, passed with the score, terminated, back to the LMS; then a Review launch shows the kept report and sends no result', async ({ page }) => {
  test.setTimeout(120_000); // two launches of the lab on a busy machine
  const missing: string[] = [];
  page.on('response', (r) => { if (r.url().startsWith(pkg.url) && r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  const au = await auFor(page, F11);

  const registration = await test.step('Normal launch', async () => {
    const enrolment = await launchAu(page, au, { launchMode: 'Normal', masteryScore: Number(au.masteryScore), returnURL: `${lrs.url}/return` });
    await closeBriefing(page);
    await expect(course(page)).toContainText('Results are recorded in the course.');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 'service workers').toBe(0);
    await openServices(page);
    await startDirectory(page);
    await startStoreAndSeeItFail(page);
    await stopAndSeeReport(page);
    await expect.poll(() => verbs(lrs)).toContain('passed');
    await expect.poll(() => lrs.stateDocument(ATTEMPT_STATE, enrolment), { message: 'the attempt kept for Review' }).toBeDefined();
    await dialog(page, `Report: ${F11_TITLE}`).getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();
    await course(page).getByRole('button', { name: 'Exit to the course' }).click();
    await expect(page.getByRole('heading', { name: 'Back in the course' })).toBeVisible();

    const v = verbs(lrs);
    expect(v[0]).toBe('initialized');
    expect(v.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    expect(v).toContain('answered'); // the F11 mistake, with its branch
    const passed = lrs.statements.at(-2)!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(lrs.cmi5Problems()).toEqual([]);
    expect(lrs.problems).toEqual([]);
    return enrolment;
  });

  await test.step('Review launch of the same registration', async () => {
    const normalStatements = lrs.statements.length;
    await launchAu(page, au, { launchMode: 'Review', registration, returnURL: `${lrs.url}/return` });
    const report = dialog(page, `Report: ${F11_TITLE}`);
    await expect(report).toContainText(/Score: 100 \/ 100 — PASSED/);
    await expect(course(page)).toContainText('Review launch: no score is recorded.');
    await expect(report.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await report.getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();
    await course(page).getByRole('button', { name: 'Exit to the course' }).click();
    await expect(page.getByRole('heading', { name: 'Back in the course' })).toBeVisible();
    // cmi5 §10.2.3: no completed, passed or failed in Review; the kept attempt's steps are not told again.
    expect(verbs(lrs).slice(normalStatements)).toEqual(['initialized', 'terminated']);
    expect(lrs.cmi5Problems()).toEqual([]);
    expect(lrs.problems).toEqual([]);
  });
  expect(missing).toEqual([]);
});

test('cmi5 package: while the LRS refuses or cannot be reached, statements wait in the browser with the reason, Exit stays, and after a retry all arrive in order', async ({ page }) => {
  test.setTimeout(90_000);
  const au = await auFor(page, F11);
  const auUrl = new URL(au.url, `${pkg.url}/`).pathname;
  await launchAu(page, au, { launchMode: 'Normal', masteryScore: Number(au.masteryScore), returnURL: `${lrs.url}/return` });
  await closeBriefing(page);
  const status = course(page).getByRole('status');
  await expect(status).toContainText('Results are recorded in the course.');
  expect(verbs(lrs)).toEqual(['initialized']);

  lrs.refuse(true);
  await openServices(page);
  await startDirectory(page);
  await startStoreAndSeeItFail(page); // the F11 mistake: an answered statement
  await expect(status).toContainText(/\d+ statements? waiting in this browser: The LRS answered HTTP 503/);

  await page.route(`${lrs.endpoint}statements**`, (route) => route.abort('connectionrefused'));
  lrs.refuse(false);
  await course(page).getByRole('button', { name: 'Retry now' }).click();
  await expect(status).toContainText(/waiting in this browser: The LRS cannot be reached/);
  await stopAndSeeReport(page);
  await dialog(page, `Report: ${F11_TITLE}`).getByRole('button', { name: 'Close', exact: true }).filter({ hasText: 'Close' }).click();

  // Leaving now would lose what waits: the lab stays and says so.
  const exit = course(page).getByRole('button', { name: 'Exit to the course' });
  await exit.click();
  await expect(exit).toBeEnabled();
  await expect(status).toContainText(/waiting in this browser: The LRS cannot be reached/);
  expect(new URL(page.url()).pathname).toBe(auUrl);
  expect(verbs(lrs)).toEqual(['initialized']);

  await page.unroute(`${lrs.endpoint}statements**`);
  await course(page).getByRole('button', { name: 'Retry now' }).click();
  await expect(status).toContainText('Results are recorded in the course.');
  await exit.click();
  await expect(page.getByRole('heading', { name: 'Back in the course' })).toBeVisible();
  const v = verbs(lrs);
  expect(v[0]).toBe('initialized');
  expect(v).toContain('answered');
  expect(v.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
  expect(lrs.cmi5Problems()).toEqual([]);
  expect(lrs.problems).toEqual([]);
});

test('cmi5 package: a fetch URL already used (the AU reloaded) or out of reach: the lab says to open it again from the course, keeps the attempt, and sends nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const au = await auFor(page, F11);
  await launchAu(page, au, { launchMode: 'Normal', masteryScore: Number(au.masteryScore) });
  await closeBriefing(page);
  await expect(course(page)).toContainText('Results are recorded in the course.');
  await openServices(page);

  await page.reload(); // the same launch address: its fetch URL gave its one token already (cmi5 §8.2.3)
  await expect(course(page)).toContainText('The course did not accept this launch');
  await expect(course(page)).toContainText('open the lab again from the course. You can still practise here, but nothing is recorded.');
  await expect(dialog(page, 'Services')).toBeVisible(); // the attempt goes on where it was, in this browser
  // The first launch's session ended as the page went (pagehide); the refused one sent nothing.
  await expect.poll(() => verbs(lrs)).toEqual(['initialized', 'terminated']);
  const sent = lrs.statements.length;

  const unreachable = new URL(page.url());
  unreachable.searchParams.set('fetch', 'http://127.0.0.1:9/fetch/gone');
  await page.goto(unreachable.href);
  await expect(course(page)).toContainText('The course did not accept this launch');
  await expect(dialog(page, 'Services')).toBeVisible();
  expect(lrs.statements).toHaveLength(sent);
  expect(errors).toEqual([]);
});
