import type { z } from './zod.ts';
import type { faultSchema, simEventSchema } from './events-schema.ts';

// Types only: the schema's runtime (zod) stays out of every module that needs just the types.

/** Instructor faults (issue: node down, resource failure, RIP key deleted, tape catalog missing). */
export type Fault = z.infer<typeof faultSchema>;

/** Everything that can happen to the world: `area.verb` with typed payloads, as `simEventSchema` lists them. */
export type SimEvent = z.infer<typeof simEventSchema>;

export type SimEventType = SimEvent['type'];
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;
