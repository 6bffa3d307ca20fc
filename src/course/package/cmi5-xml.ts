import { PASS_MARK } from '../../sim/scoring/rubric.ts';
import type { Scenario } from '../../sim/scenarios/types.ts';

/** The IRI every AU id hangs from: stable, whatever LMS imports the package. */
export const AU_BASE = 'https://cluster-restore-lab.invalid/cmi5';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lang = (s: string) => `<langstring lang="en-US">${esc(s)}</langstring>`;

/**
 * Pure: the cmi5 course structure (cmi5 spec §13.1): one AU per scenario, launched in assessment
 * mode, moved on when completed or passed, mastered at the lab's pass mark. Files named in `url`
 * are relative to cmi5.xml at the zip's root.
 */
export function cmi5Xml(scenarios: readonly Pick<Scenario, 'id' | 'title' | 'briefing'>[], title = 'Cluster Restore Lab (KB Q238063)'): string {
  const aus = scenarios.map((s) => [
    `  <au id="${esc(`${AU_BASE}/au/${encodeURIComponent(s.id)}`)}" moveOn="CompletedOrPassed" masteryScore="${PASS_MARK / 100}" launchMethod="AnyWindow">`,
    `    <title>${lang(s.title)}</title>`,
    `    <description>${lang(s.briefing)}</description>`,
    `    <url>${esc(`index.html?scenario=${encodeURIComponent(s.id)}&mode=assessment`)}</url>`,
    '  </au>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${AU_BASE}/course">`,
    `    <title>${lang(title)}</title>`,
    `    <description>${lang('Practise the online restore of a clustered Exchange Server 5.5 (Microsoft KB Q238063) on mock Windows NT 4.0 tools. Each scenario is one assessed attempt.')}</description>`,
    '  </course>',
    ...aus,
    '</courseStructure>',
    '',
  ].join('\n');
}

/** Build files an LMS package must not carry: the standalone lab's service worker and its install manifest. */
export const isStandaloneOnly = (path: string) => path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path) || path === 'manifest.webmanifest' || path === 'registerSW.js';

/**
 * The cmi5 package's files from the production build: the build without the service worker, its
 * index.html marked for a cmi5 launch (`mark`, the package script's shared marker), and cmi5.xml.
 */
export function cmi5PackageFiles(build: Readonly<Record<string, Uint8Array>>, scenarios: readonly Scenario[], mark: (html: string) => string): Record<string, Uint8Array> {
  const files = Object.fromEntries(Object.entries(build).filter(([path]) => !isStandaloneOnly(path)));
  files['index.html'] = new TextEncoder().encode(mark(new TextDecoder().decode(build['index.html'])));
  files['cmi5.xml'] = new TextEncoder().encode(cmi5Xml(scenarios));
  return files;
}
