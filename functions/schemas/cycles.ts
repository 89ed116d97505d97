/** Shapes of the election-cycle API (/api/admin/cycles) and the report's cycle selector, defined once. */
import { z } from '@hono/zod-openapi';
import { parseCycleInstant } from '../domain/cycles';

const cycleIdSchema = z
  .string({ error: 'cycle.id' })
  .regex(/^[a-z][a-z0-9-]{2,39}$/, { error: 'cycle.id' })
  .openapi({ example: 'pilkada-2031', description: 'A slug: 3–40 lower-case letters, digits or hyphens' });

const instantSchema = z
  .string({ error: 'cycle.instant' })
  .transform((text, ctx) => {
    const iso = parseCycleInstant(text);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: 'cycle.instant' });
      return z.NEVER;
    }
    return iso;
  })
  .openapi({
    type: 'string',
    example: '2029-07-01T00:00:00+07:00',
    description: 'ISO 8601: an instant with a zone, or a date (midnight) or local date-time read in WIB; stored in UTC',
  });

const nameSchema = z
  .string({ error: 'cycle.name' })
  .trim()
  .min(3, { error: 'cycle.name' })
  .max(100, { error: 'cycle.name' })
  .openapi({ example: 'Menuju Pilkada 2031' });

export const cycleParamsSchema = z.object({ cycleId: cycleIdSchema });

export const cycleCreateSchema = z
  .object({ id: cycleIdSchema, name: nameSchema, startsAt: instantSchema, dueAt: instantSchema })
  .strict()
  .superRefine((value, ctx) => {
    if (value.dueAt <= value.startsAt) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'cycle.dueBeforeStart' });
  })
  .openapi('CycleCreate');

export const cyclePatchSchema = z
  .object({ name: nameSchema.optional(), startsAt: instantSchema.optional(), dueAt: instantSchema.optional() })
  .strict()
  .openapi('CyclePatch');

export const cycleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    startsAt: z.string().openapi({ description: 'UTC, milliseconds: the cycle runs from here until the next cycle starts' }),
    dueAt: z.string().openapi({ description: 'When HR should be done; the report says "overdue" after it' }),
    current: z.boolean().openapi({ description: 'The cycle in force now' }),
    started: z.boolean(),
    overdue: z.boolean(),
  })
  .openapi('Cycle');

export const cycleListSchema = z
  .object({ cycles: z.array(cycleSchema), current: z.string().nullable().openapi({ description: 'Id of the current cycle' }) })
  .openapi('CycleList');

/** `?cycle=` of the report, pending and national routes: one cycle's figures (default: the current one). */
export const cycleQueryField = z
  .string()
  .regex(/^[a-z][a-z0-9-]{2,39}$/, { error: 'cycle.id' })
  .optional()
  .openapi({ description: 'A cycle id (GET /api/admin/cycles); the current cycle when absent' });

export type CycleView = z.infer<typeof cycleSchema>;
export type CycleList = z.infer<typeof cycleListSchema>;
