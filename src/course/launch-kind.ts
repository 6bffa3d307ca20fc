/**
 * How this copy of the lab was launched. The packages (`npm run package`) mark their index.html
 * with `<meta name="lab-launch" content="scorm12|cmi5">`; the standalone build has no mark. The
 * course code is loaded (dynamic import) only when the mark is there, so the standalone lab's
 * first load does not grow.
 */
export type LaunchKind = 'scorm12' | 'cmi5';
export const LAUNCH_META_NAME = 'lab-launch';

export function launchKind(doc: Document = document): LaunchKind | null {
  const content = doc.querySelector(`meta[name="${LAUNCH_META_NAME}"]`)?.getAttribute('content');
  return content === 'scorm12' || content === 'cmi5' ? content : null;
}
