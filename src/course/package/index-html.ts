import type { Scenario } from '../../sim/scenarios/types.ts';
import { LAUNCH_META_NAME, type LaunchKind } from '../launch-kind.ts';
import { PACKAGED_SCENARIOS_ID } from '../packaged-scenarios.ts';

/** JSON that cannot close the script element it sits in. */
const inertJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Pure: the built index.html of a package: marked with how it is launched and carrying the
 * instructor's scenarios (as inert JSON; the CSP does not apply to a non-executed script type).
 */
export function packageIndexHtml(html: string, launch: LaunchKind, scenarios: readonly Scenario[]): string {
  const tags = [`<meta name="${LAUNCH_META_NAME}" content="${launch}" />`];
  if (scenarios.length) tags.push(`<script type="application/json" id="${PACKAGED_SCENARIOS_ID}">${inertJson(scenarios)}</script>`);
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  return html.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
}
