/** GET /api/agencies: the agency picker's query and answer. */
import { z } from '@hono/zod-openapi';

const agencyKindSchema = z.enum(['province', 'regency', 'city', 'central']);
export const agencySchema = z.object({ id: z.string(), name: z.string(), kind: agencyKindSchema, province: z.string().nullable() });
export type Agency = z.infer<typeof agencySchema>;
export const agencySearchQuerySchema = z.object({ q: z.string().trim().max(100, { error: 'query.tooLong' }).default('') });

const agencySearchHintSchema = z
  .object({
    reason: z
      .enum(['unit', 'noMatch'])
      .describe('unit: the query named a school, dinas, puskesmas or other unit; noMatch: nothing matched'),
    message: z.string().describe('What to type instead, in the request language'),
  })
  .describe('Guidance for the person searching; null when the answer needs none');

export const agencySearchResponseSchema = z.object({
  agencies: z.array(agencySchema),
  match: z
    .enum(['exact', 'approximate', 'none'])
    .describe('exact: every word matched as typed or as a short name; approximate: a typo was forgiven or a word matched nothing'),
  hint: agencySearchHintSchema.nullable(),
});
export type AgencySearchResponse = z.infer<typeof agencySearchResponseSchema>;
