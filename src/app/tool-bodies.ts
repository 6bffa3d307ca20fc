import { memo, type ComponentType } from 'react';
import { APPS, type AppId, type NodeName } from '../sim/world/names.ts';
import { TOOL_WINDOWS } from '../windows/registry.ts';

type Body = ComponentType<{ node: NodeName }>;

/**
 * Each tool's body, memoised on its node. A body follows the world through its own selectors, so a
 * focus change, a z-order change or a clock tick that re-renders the desktop must not re-render it.
 */
export const TOOL_BODIES: Record<AppId, Body> = Object.fromEntries(
  APPS.map((app): [AppId, Body] => [app, memo(TOOL_WINDOWS[app].Body)]),
) as Record<AppId, Body>;
