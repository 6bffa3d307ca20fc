import type { Scenario } from '../../sim/scenarios/types.ts';
import { LAUNCH_META_NAME, type LaunchKind } from '../launch-kind.ts';
import { PACKAGED_SCENARIOS_ID } from '../packaged-scenarios.ts';

/** JSON that cannot close the script element it sits in. */
const inertJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** vite-plugin-pwa's link to the standalone lab's install manifest, which no package carries. */
const MANIFEST_LINK = /\s*<link rel="manifest"[^>]*>/g;

/**
 * Pure: the built index.html of a package: marked with how it is launched and carrying the
 * instructor's scenarios (as inert JSON; the CSP does not apply to a non-executed script type),
 * without the link to the web app manifest the package leaves out.
 */
export function packageIndexHtml(html: string, launch: LaunchKind, scenarios: readonly Scenario[]): string {
  const tags = [`<meta name="${LAUNCH_META_NAME}" content="${launch}" />`];
  if (scenarios.length) tags.push(`<script type="application/json" id="${PACKAGED_SCENARIOS_ID}">${inertJson(scenarios)}</script>`);
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  return html.replace(MANIFEST_LINK, '').replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
}
