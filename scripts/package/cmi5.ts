/** The cmi5 package: the build without the service worker, marked for a cmi5 launch, and cmi5.xml (one AU per scenario). */
import { cmi5PackageFiles } from '../../src/course/package/cmi5-xml.ts';
import { packageIndexHtml } from '../../src/course/package/index-html.ts';
import { SCENARIOS } from '../../src/sim/scenarios/catalog.ts';
import type { Scenario } from '../../src/sim/scenarios/types.ts';
import type { PackageFiles } from './build-files.ts';

export const CMI5_ZIP = 'cluster-restore-lab-cmi5.zip';

export function cmi5Package(build: PackageFiles, scenarios: readonly Scenario[]): PackageFiles {
  return cmi5PackageFiles(build, [...SCENARIOS, ...scenarios], (html) => packageIndexHtml(html, 'cmi5', scenarios));
}
