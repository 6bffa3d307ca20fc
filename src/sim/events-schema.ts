import { z } from './zod.ts';
import { APPS, BACKUP_ITEMS, CLUSTER_GROUP, EXCHANGE_GROUP, EXCHANGE_SERVICES, NODES } from './world/names.ts';

const node = z.enum(NODES);
const service = z.enum(EXCHANGE_SERVICES);
const group = z.enum([EXCHANGE_GROUP, CLUSTER_GROUP]);
const text = z.string().max(2000);
const regType = z.enum(['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_BINARY', 'REG_MULTI_SZ']);
const regData = z.union([z.string().max(20000), z.number(), z.array(z.number()).max(4096), z.array(z.string().max(2000)).max(256)]);
/** Instructor faults; `Fault` (events.ts) is this schema's type. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('node-down'), node }),
  z.object({ kind: z.literal('resource-failure'), resource: text }),
  z.object({ kind: z.literal('rip-key-deleted'), node, service: z.enum(['MSExchangeDS', 'MSExchangeIS']) }),
  z.object({ kind: z.literal('tape-uncataloged') }),
  z.object({ kind: z.literal('org-mismatch') }),
]);

/**
 * Every world event, and the one source of the `SimEvent` type (events.ts infers it from here).
 * Validates events from untrusted places (saved attempts, imported files, scenario preludes).
 */
export const simEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('app.open'), node, app: z.enum(APPS) }),
  z.object({ type: z.literal('app.close'), node, app: z.enum(APPS) }),
  z.object({ type: z.literal('console.switch'), node }),
  z.object({ type: z.literal('cluster.selectGroup'), node, group }),
  z.object({ type: z.literal('resource.takeOffline'), resource: text }),
  z.object({ type: z.literal('resource.bringOnline'), resource: text }),
  z.object({ type: z.literal('resource.initiateFailure'), resource: text }),
  z.object({ type: z.literal('group.takeOffline'), group }),
  z.object({ type: z.literal('group.bringOnline'), group }),
  z.object({ type: z.literal('group.move'), group }),
  // Group Properties > Failover and Failback, OK or Apply (Q197047).
  z.object({
    type: z.literal('group.setProperties'), group, failoverThreshold: z.number().int(), failoverPeriodHours: z.number().int(),
    failback: z.object({ allow: z.boolean(), window: z.tuple([z.number().int(), z.number().int()]).nullable() }),
  }),
  // Cluster Properties > Network Priority, OK or Apply (Q174794): the networks, highest priority first.
  z.object({ type: z.literal('cluster.setNetworkPriority'), networks: z.array(text).max(8) }),
  // `app`: the program that asked (its error box goes there); Services when absent.
  z.object({ type: z.literal('service.start'), node, service, app: z.enum(APPS).optional() }),
  z.object({ type: z.literal('service.stop'), node, service, withDependants: z.boolean().optional() }),
  z.object({ type: z.literal('service.pause'), node, service }),
  z.object({ type: z.literal('service.continue'), node, service }),
  z.object({ type: z.literal('backup.catalog'), node }),
  z.object({
    type: z.literal('backup.restore'), node, items: z.array(z.enum(BACKUP_ITEMS)).max(2), destination: text,
    erase: z.boolean(), private: z.boolean(), public: z.boolean(), startService: z.boolean(),
  }),
  z.object({ type: z.literal('backup.abort'), node }),
  z.object({ type: z.literal('database.softRecovery'), node, service: z.enum(['MSExchangeDS', 'MSExchangeIS']), tool: z.enum(['isinteg', 'eseutil']) }),
  z.object({ type: z.literal('registry.addKey'), node, path: text, name: text }),
  z.object({ type: z.literal('registry.setValue'), node, path: text, name: text, valueType: regType, data: regData }),
  z.object({ type: z.literal('registry.deleteKey'), node, path: text }),
  z.object({ type: z.literal('registry.deleteValue'), node, path: text, name: text }),
  z.object({ type: z.literal('mail.send'), node, to: text, subject: text, receipt: z.boolean() }),
  z.object({ type: z.literal('dialog.dismiss'), id: z.number().int() }),
  z.object({ type: z.literal('node.down'), node }),
  z.object({ type: z.literal('node.up'), node }),
  z.object({ type: z.literal('node.pause'), node }),
  z.object({ type: z.literal('node.resume'), node }),
  z.object({ type: z.literal('fault.inject'), fault: faultSchema }),
  // `skip`: the trainee skipped ahead to the next change rather than waiting (recorded as such).
  z.object({ type: z.literal('clock.tick'), ms: z.number().positive().max(600_000), skip: z.boolean().optional() }),
  z.object({ type: z.literal('attempt.abandon'), reason: text }),
]);

/** Things the attempt records that are not world events. */
export const metaEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hint.take'), rung: z.number().int().min(1).max(3) }),
  z.object({ type: z.literal('attempt.undo') }),
  z.object({ type: z.literal('attempt.reset') }),
  z.object({ type: z.literal('solution.show') }),
]);
export type MetaEvent = z.infer<typeof metaEventSchema>;

/** Turns zod issues into one readable line: `items.0: Invalid option ...`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}
