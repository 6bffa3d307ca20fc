import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readBuildFiles } from '../../scripts/package/build-files.ts';
import { scorm12Package } from '../../scripts/package/scorm12.ts';
import { zipBytes } from '../../scripts/package/zip.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LMS = 'http://lms.test';
const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', woff: 'font/woff', woff2: 'font/woff2', xml: 'application/xml', json: 'application/json' };

let packageFiles: Promise<Record<string, Uint8Array>> | null = null;
/** The SCORM zip made by `npm run package`'s own code from the build the e2e server serves, unzipped. */
function scormPackage(): Promise<Record<string, Uint8Array>> {
  packageFiles ??= readBuildFiles(join(ROOT, process.env.E2E_OUTDIR ?? 'dist')).then((build) => unzipSync(zipBytes(scorm12Package(build, []))));
  return packageFiles;
}

/** What a commit carries (scorm-again's JSON commit object). */
export interface Scorm12Commit {
  cmi: {
    core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
    suspend_data: string;
    interactions: Record<string, { id: string; type: string; result: string; latency: string }>;
  };
}

/**
 * A small LMS on http://lms.test (routed, no server): its page puts scorm-again's LMS-side
 * Scorm12API on window.API (optionally loaded with earlier `cmi` data) and iframes the SCO from
 * the package with `launch` as its query string.
 */
export async function launchInLms(context: BrowserContext, launch: string, cmi?: object): Promise<{ page: Page; sco: FrameLocator }> {
  const files = await scormPackage();
  const lmsHtml = await readFile(join(ROOT, 'e2e/support/scorm12-lms.html'));
  const runtime = await readFile(join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'));
  await context.route(`${LMS}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = path === '/' ? lmsHtml : path === '/scorm12.min.js' ? runtime : path.startsWith('/sco/') ? files[path.slice(5)] : undefined;
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    const ext = path === '/' ? 'html' : path.split('.').pop()!;
    return route.fulfill({ status: 200, body: Buffer.from(body), contentType: TYPES[ext] ?? 'application/octet-stream' });
  });
  const page = await context.newPage();
  await page.addInitScript((start) => { (window as unknown as { lmsStart: unknown }).lmsStart = start; }, { launch, cmi });
  await page.goto(`${LMS}/`);
  return { page, sco: page.frameLocator('iframe[title="Course content"]') };
}

/** The commits the LMS received so far. */
export const commits = (page: Page): Promise<Scorm12Commit[]> => page.evaluate(() => (window as unknown as { lmsCommits: Scorm12Commit[] }).lmsCommits);

/** Waits until the last commit satisfies `check`, and returns it. */
export async function waitForCommit(page: Page, check: (c: Scorm12Commit) => boolean, message: string): Promise<Scorm12Commit> {
  let last: Scorm12Commit | undefined;
  await expect.poll(async () => { last = (await commits(page)).at(-1); return !!last && check(last); }, { message, timeout: 30_000 }).toBe(true);
  return last!;
}
