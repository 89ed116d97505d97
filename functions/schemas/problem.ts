/** The error body every API failure shares: RFC 9457 problem details, plus the invalid fields for a 400. */
import { z } from '@hono/zod-openapi';

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof problemSchema>;
