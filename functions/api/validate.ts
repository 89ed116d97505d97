/** Request validation: the JSON body or query parsed by a shared zod schema, or a 400 naming each field. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiProblem, fieldErrorsOf, validationProblem } from './problem';

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiProblem(400, 'detail.invalidJson');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(fieldErrorsOf(parsed.error));
  return parsed.data;
}

export function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw validationProblem(fieldErrorsOf(parsed.error));
  return parsed.data;
}
