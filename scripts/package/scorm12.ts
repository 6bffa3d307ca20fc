/** The SCORM 1.2 package: the build (without the standalone lab's service worker), marked for a SCORM launch, and its imsmanifest.xml at the root. */
import { isStandaloneOnly } from '../../src/course/package/cmi5-xml.ts';
import { courseItems } from '../../src/course/package/course-items.ts';
import { packageIndexHtml } from '../../src/course/package/index-html.ts';
import { scorm12Manifest } from '../../src/course/package/scorm12-manifest.ts';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import type { PackageFiles } from './build-files.ts';

export const SCORM12_ZIP = 'cluster-restore-lab-scorm12.zip';

export function scorm12Package(build: PackageFiles, scenarios: readonly Scenario[]): PackageFiles {
  const html = packageIndexHtml(new TextDecoder().decode(build['index.html']), 'scorm12', scenarios);
  const lmsFiles = Object.fromEntries(Object.entries(build).filter(([path]) => !isStandaloneOnly(path)));
  const files: PackageFiles = { ...lmsFiles, 'index.html': new TextEncoder().encode(html) };
  const manifest = scorm12Manifest({ title: 'Cluster Restore Lab (KB Q238063)', items: courseItems(scenarios), files: Object.keys(files) });
  return { ...files, 'imsmanifest.xml': new TextEncoder().encode(manifest) };
}
