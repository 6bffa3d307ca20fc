import { BaseEdge, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapFlowEdge } from './flow-data.ts';
import { useTimesTaken } from './use-map-status.ts';

/** A curve that leaves and arrives on the same side, bulging out further the longer it is. */
function sideLoop(sx: number, sy: number, tx: number, ty: number, side: Position): string {
  const bulge = (side === Position.Left ? -1 : 1) * (36 + Math.min(140, Math.abs(ty - sy) * 0.12));
  return `M ${sx},${sy} C ${sx + bulge},${sy} ${tx + bulge},${ty} ${tx},${ty}`;
}

/**
 * A transition, coloured by kind (correct navy, mistake red, recovery green dashed, detour
 * brown dotted). It reads whether the trainee took it, so only edges whose answer changes re-render.
 */
export const TransitionEdge = memo(function TransitionEdge(p: EdgeProps<MapFlowEdge>) {
  const edge = p.data!.edge;
  const taken = useTimesTaken(edge) > 0;
  const sameSide = p.sourcePosition === p.targetPosition && (p.sourcePosition === Position.Left || p.sourcePosition === Position.Right);
  const path = sameSide
    ? sideLoop(p.sourceX, p.sourceY, p.targetX, p.targetY, p.sourcePosition)
    : getBezierPath({ sourceX: p.sourceX, sourceY: p.sourceY, targetX: p.targetX, targetY: p.targetY, sourcePosition: p.sourcePosition, targetPosition: p.targetPosition })[0];
  return <BaseEdge path={path} markerEnd={p.markerEnd} interactionWidth={0} className={`map-edge map-edge-${edge.kind}${taken ? ' map-edge-taken' : ''}`} />;
});
