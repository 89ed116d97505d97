/** Queries and answers of the exports (/api/admin/exports/*): CSV, ZIP of PDFs, merged PDF. */
import { z } from '@hono/zod-openapi';

const dayRe = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/;
/**
 * An optional query field where an empty value means absent: the export form (plain GET, no script)
 * sends `unit=&from=` when a field is left empty.
 */
const optional = (re: RegExp) =>
  z
    .string()
    .regex(re, { error: 'field.invalid' })
    .optional()
    .transform((value) => value || undefined);
const day = (description: string) => optional(dayRe).openapi({ type: 'string', description, example: '2026-12-01' });

/** The scope of an export: a unit, a range of the agency's local days, a cycle. */
export const exportQuerySchema = z.object({
  unit: optional(/^(\d{1,12})?$/)
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .openapi({ type: 'string', description: 'A unit id (from the report): only certificates of its active members' }),
  from: day('First local day (YYYY-MM-DD, the agency’s time zone), inclusive'),
  to: day('Last local day (YYYY-MM-DD), inclusive'),
  cycle: optional(/^[a-z0-9-]{0,64}$/).openapi({ description: 'A cycle (campaign) id, or `all`; default the current cycle' }),
});

export const zipQuerySchema = exportQuerySchema.extend({
  part: optional(/^([1-9]\d{0,5})?$/)
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .openapi({ type: 'string', description: 'Which part (1-based, default 1) of a selection larger than one ZIP' }),
});

export const exportsInfoSchema = z
  .object({
    cycles: z.array(z.object({ id: z.string(), name: z.string(), startsAt: z.string(), dueAt: z.string(), current: z.boolean() })),
    units: z.array(z.object({ id: z.number().int(), name: z.string() })),
    certificates: z.number().int().openapi({ description: 'Certificates (valid and revoked) issued in the current cycle' }),
    partSize: z.number().int().openapi({ description: 'Certificates per ZIP part' }),
    parts: z.number().int().openapi({ description: 'ZIP parts of the current cycle’s certificates' }),
    maxMergedPdf: z.number().int().openapi({ description: 'At most this many certificates in one merged PDF' }),
  })
  .openapi('ExportsInfo');
export type ExportsInfo = z.infer<typeof exportsInfoSchema>;
