/**
 * Shapes of the roster API (/api/admin/roster/*): the import preview, applying, personal links. Defined
 * once; routes validate with them, the OpenAPI document and the pages use them.
 */
import { z } from '@hono/zod-openapi';

const idDigitsRe = /^\d{1,12}$/;

export const importParamsSchema = z.object({
  importId: z
    .string()
    .regex(idDigitsRe, { error: 'detail.importNotFound' })
    .transform(Number)
    .openapi({ param: { name: 'importId', in: 'path' }, type: 'string', example: '42' }),
});

export const memberParamsSchema = z.object({
  nip: z
    .string()
    .regex(/^\d{18}$/, { error: 'detail.memberNotFound' })
    .openapi({ param: { name: 'nip', in: 'path' }, example: '198503152010121001' }),
});

const rosterFieldSchema = z.enum(['nip', 'name', 'unit', 'email', 'row']);

const rejectedLineSchema = z
  .object({
    line: z.number().int().openapi({ description: 'Row number as a spreadsheet shows it (the header is row 1)' }),
    nip: z.string().openapi({ description: 'The NIP cell as written, so the line can be found' }),
    problems: z.array(z.object({ field: rosterFieldSchema, code: z.string(), message: z.string() })),
  })
  .openapi('RejectedLine');

export const importSummarySchema = z
  .object({
    id: z.number().int(),
    status: z.enum(['staged', 'applied', 'discarded']),
    uploadedAt: z.string(),
    delimiter: z.enum([';', ',', '\t']),
    rowsTotal: z.number().int(),
    rowsValid: z.number().int(),
    rowsRejected: z.number().int(),
    toAdd: z.number().int().openapi({ description: 'Valid rows whose NIP is not an active member yet (new, or back after leaving)' }),
    toUpdate: z.number().int().openapi({ description: 'Active members whose name, unit or email changes' }),
    unchanged: z.number().int(),
    toLeave: z.number().int().openapi({ description: 'Active members missing from the file: marked as left (history kept)' }),
    newUnits: z.number().int(),
    activeBefore: z.number().int(),
    leaversNeedConfirmation: z
      .boolean()
      .openapi({ description: 'More than 20 % of active members would leave: apply needs confirmLeavers' }),
  })
  .openapi('RosterImport');

export const importPreviewSchema = z
  .object({
    import: importSummarySchema,
    rejected: z.array(rejectedLineSchema).openapi({ description: 'The first 200 rejected lines, in file order' }),
    leaving: z
      .array(z.object({ nip: z.string(), name: z.string(), unit: z.string() }))
      .openapi({ description: 'The first 20 members who would be marked as left' }),
  })
  .openapi('RosterImportPreview');
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const applyRequestSchema = z
  .object({ confirmLeavers: z.boolean({ error: 'field.invalid' }).optional() })
  .strict()
  .openapi('ApplyRosterImport');

export const linksRequestSchema = z
  .object({
    unitId: z.number({ error: 'field.invalid' }).int().positive().optional(),
    renew: z
      .boolean({ error: 'field.invalid' })
      .optional()
      .openapi({ description: 'Replace every member’s link, not only missing or expired ones' }),
    pendingOnly: z
      .boolean({ error: 'field.invalid' })
      .optional()
      .openapi({ description: 'Only members still without a certificate (default true)' }),
  })
  .strict()
  .openapi('CreateQuizLinks');

export const linksResponseSchema = z.object({ created: z.number().int(), expiresAt: z.string() }).openapi('QuizLinksCreated');

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const linksCsvQuerySchema = z.object({
  unitId: z.string().regex(idDigitsRe, { error: 'field.invalid' }).transform(Number).optional(),
  pending: booleanQuery
    .optional()
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'Only members still without a certificate (default true)' }),
});

export const memberLinkSchema = z.object({ nip: z.string(), url: z.url(), expiresAt: z.string() }).openapi('QuizLink');

/** POST /api/quiz-links/resolve: what the quiz page shows before a link's attempt starts. */
export const resolveLinkRequestSchema = z
  .object({ token: z.string({ error: 'link.invalid' }).max(100, { error: 'link.invalid' }) })
  .openapi('ResolveQuizLink');
export const resolvedLinkSchema = z
  .object({
    name: z.string(),
    nip: z.string().openapi({ description: 'Masked: the first six and last two digits' }),
    agency: z.string(),
    unit: z.string(),
    expiresAt: z.string(),
  })
  .openapi('ResolvedQuizLink');
