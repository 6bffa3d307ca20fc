import { launchKind } from '../course/launch-kind.ts';

/**
 * Launched from a course package (marked index.html): loads that package's adapter on demand and
 * lets it decide how the lab starts. Standalone (no mark): returns false and loads nothing, so the
 * standalone first load does not grow. If the adapter cannot load, the lab still starts standalone.
 */
export function startCourseLaunch(search: string, bootStandalone: () => void): boolean {
  if (launchKind() !== 'scorm12') return false;
  import('./scorm12-launch.ts')
    .then(({ runScorm12Launch }) => runScorm12Launch(search, bootStandalone))
    .catch((e: unknown) => {
      console.error('The SCORM adapter could not load; the lab runs standalone.', e);
      bootStandalone();
    });
  return true;
}
