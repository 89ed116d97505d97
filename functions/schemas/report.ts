/** Shapes of the completion report, the pending list, revocation and the national view (/api/admin/*). */
import { z } from '@hono/zod-openapi';
import { cycleQueryField, cycleSchema } from './cycles';

const rate = z.number().nullable().openapi({ description: 'Percent with one decimal; null when there is nothing to divide by' });

const unitSortSchema = z.enum(['name', 'headcount', 'certified', 'pending', 'completion']);
export const reportQuerySchema = z.object({
  cycle: cycleQueryField,
  sort: unitSortSchema.default('completion'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});

const reportCertificateSchema = z.object({
  code: z.string(),
  nip: z.string(),
  name: z.string(),
  unit: z.string().nullable().openapi({ description: 'The unit on the roster when the holder is an active member, else as typed' }),
  onRoster: z.boolean(),
  identity: z.enum(['roster', 'self_declared']),
  score: z.number().int(),
  total: z.number().int(),
  issuedAt: z.string(),
  status: z.enum(['valid', 'revoked']),
});

export const reportSchema = z
  .object({
    agency: z.object({ id: z.string(), name: z.string(), zone: z.enum(['WIB', 'WITA', 'WIT']) }),
    cycle: cycleSchema.openapi({ description: 'The election cycle these figures are for' }),
    today: z.string().openapi({ description: 'The agency’s local date (YYYY-MM-DD)' }),
    totals: z.object({
      headcount: z.number().int().openapi({ description: 'Active roster members' }),
      certified: z.number().int().openapi({ description: 'Active members with a valid certificate' }),
      rosterConfirmed: z.number().int().openapi({ description: 'Of those, certified through their personal link' }),
      selfDeclared: z
        .number()
        .int()
        .openapi({ description: 'Of those, certified with an identity typed by hand whose NIP matches the roster' }),
      pending: z.number().int(),
      completion: rate,
      notOnRoster: z
        .number()
        .int()
        .openapi({ description: 'Holders of a valid certificate naming this agency whose NIP is not on the active roster' }),
      certificates: z.number().int().openapi({ description: 'Valid certificates issued under this agency' }),
      revoked: z.number().int(),
      attempts: z.number().int().openapi({ description: 'Submitted attempts naming this agency' }),
      passed: z.number().int(),
      passRate: rate,
      averageScore: z.number().nullable().openapi({ description: 'Out of 10, one decimal' }),
    }),
    units: z.array(
      z.object({
        unitId: z.number().int(),
        name: z.string(),
        headcount: z.number().int(),
        certified: z.number().int(),
        confirmed: z.number().int(),
        pending: z.number().int(),
        completion: rate,
      }),
    ),
    sort: unitSortSchema,
    dir: z.enum(['asc', 'desc']),
    days: z
      .array(z.object({ day: z.string(), count: z.number().int(), cumulative: z.number().int() }))
      .openapi({ description: 'Certificates per local day, the latest 60 days with any' }),
    histogram: z.array(z.number().int()).length(11).openapi({ description: 'Attempts scoring 0 … 10' }),
    recent: z.array(reportCertificateSchema).openapi({ description: 'The 10 latest certificates' }),
  })
  .openapi('CompletionReport');
export type Report = z.infer<typeof reportSchema>;

export const pendingQuerySchema = z.object({
  cycle: cycleQueryField,
  unitId: z
    .string()
    .regex(/^\d{1,12}$/, { error: 'field.invalid' })
    .transform(Number)
    .optional(),
  after: z.string().max(400, { error: 'cursor.invalid' }).optional().openapi({ description: 'The `next` of the previous page' }),
});

export const pendingSchema = z
  .object({
    members: z.array(
      z.object({
        nip: z.string(),
        name: z.string(),
        unitId: z.number().int(),
        unit: z.string(),
        email: z.string().nullable(),
        remindedAt: z.string().nullable().openapi({ description: 'When the member was last emailed a reminder' }),
      }),
    ),
    next: z.string().nullable().openapi({ description: 'Pass as `after` for the next 50; null on the last page' }),
    cycle: cycleSchema,
    units: z.array(z.object({ id: z.number().int(), name: z.string(), headcount: z.number().int(), pending: z.number().int() })),
  })
  .openapi('PendingMembers');
export type Pending = z.infer<typeof pendingSchema>;

export const certificateParamsSchema = z.object({
  code: z
    .string()
    .max(40, { error: 'detail.certificateNotFound' })
    .openapi({ param: { name: 'code', in: 'path' }, example: 'NA-7K3M-Q9TZ-2HFA' }),
});
export const revokeRequestSchema = z
  .object({
    reason: z.string({ error: 'reason.tooShort' }).trim().min(5, { error: 'reason.tooShort' }).max(300, { error: 'reason.tooLong' }),
  })
  .strict()
  .openapi('RevokeCertificate');
export const revokeResponseSchema = z
  .object({ code: z.string(), status: z.literal('revoked'), revokedAt: z.string(), reason: z.string() })
  .openapi('RevokedCertificate');

const nationalCounts = {
  headcount: z.number().int(),
  certified: z.number().int(),
  rosterConfirmed: z.number().int(),
  holders: z.number().int(),
  completion: rate,
};
export const nationalSchema = z
  .object({
    cycle: cycleSchema,
    totals: z.object({ agencies: z.number().int(), ...nationalCounts }),
    provinces: z.array(z.object({ province: z.string(), agencies: z.number().int(), ...nationalCounts })),
    agencies: z.array(
      z.object({ agencyId: z.string(), name: z.string(), kind: z.string(), province: z.string().nullable(), ...nationalCounts }),
    ),
  })
  .openapi({ description: 'Counts per agency and province only: no names, no NIPs (UU 27/2022)' });
export type National = z.infer<typeof nationalSchema>;
export const nationalQuerySchema = z.object({ cycle: cycleQueryField });
