/** GET /api/agencies: the agency picker's query and answer. */
import { z } from '@hono/zod-openapi';

export const agencyKindSchema = z.enum(['province', 'regency', 'city', 'central']);
export const agencySchema = z.object({ id: z.string(), name: z.string(), kind: agencyKindSchema, province: z.string().nullable() });
export type Agency = z.infer<typeof agencySchema>;
export const agencySearchQuerySchema = z.object({ q: z.string().trim().max(100, { error: 'query.tooLong' }).default('') });
export const agencySearchResponseSchema = z.object({ agencies: z.array(agencySchema) });
