import { z } from '../zod.ts';
import type { Report } from './types.ts';

const num = z.number().finite();
const text = z.string().max(4000);

/** Shape check for a report read back from storage (reports are computed, never edited). */
export const reportSchema = z.object({
  scenarioId: z.string().min(1).max(64),
  scenarioTitle: text,
  outcome: z.enum(['completed', 'stopped-correctly', 'stopped', 'unfinished']),
  verdict: text,
  score: num.min(0).max(100),
  passed: z.boolean(),
  steps: z.array(z.object({ kbStep: num, title: text, status: z.enum(['done', 'out-of-order', 'skipped', 'not-reached']), byPrelude: z.boolean().optional() })).max(20),
  mistakes: z.array(z.object({
    eventIndex: num, branch: z.string().max(8).nullable(), title: text, consequence: text, kbStep: num.nullable(), kb: z.array(z.string().max(16)).max(20),
    severity: z.enum(['minor', 'major', 'critical']), recovered: z.boolean(), points: num, action: text, excusedBecause: text.optional(),
  })).max(1000),
  recoveries: z.array(z.object({
    from: text, to: text, explanation: text, kb: z.array(z.string().max(16)).max(20), detourEvents: num, detourSimulatedMs: num, points: num,
  })).max(1000),
  hints: z.array(z.object({ rung: z.union([z.literal(1), z.literal(2), z.literal(3)]), points: num })).max(1000),
  undos: num, resets: num, solutionShown: z.boolean(), durationMs: num, simulatedMs: num,
  deductions: z.array(z.object({ reason: text, points: num })).max(3000),
}) satisfies z.ZodType<Report>;
