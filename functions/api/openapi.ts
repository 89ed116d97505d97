/**
 * The OpenAPI 3.1 description: paths, parameters, bodies and responses come from the route definitions
 * (`createRoute`); this module adds what every operation shares (the language parameters, problem
 * responses) and the document's header.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { problemSchema } from '../schemas/problem';

const problemDescriptions: Record<number, string> = {
  400: 'Invalid input: each invalid field is listed in `errors`',
  401: 'Not signed in',
  403: 'Forbidden (e.g. a cross-site form)',
  404: 'Not found',
  409: 'Conflict with the stored state',
  410: 'Expired',
  413: 'Body too large',
  415: 'Not JSON',
  422: 'Valid, but too large to serve in this form (the detail names the alternative)',
  429: 'Too many requests from this client (see Retry-After)',
  500: 'Server error (no internals in the body)',
  503: 'Service not configured or unavailable',
};

/**
 * Problem+json responses for the given statuses, for a route's `responses`. 500 is always included.
 * @example responses: { 200: { … }, ...problems(400, 404) }
 */
export function problems(...statuses: (keyof typeof problemDescriptions)[]) {
  return Object.fromEntries(
    [...statuses, 500].map((status) => [
      status,
      { description: problemDescriptions[status]!, content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  );
}

/** The status codes every public write may also answer (checked before the route's own validation). */
export const PUBLIC_WRITE_PROBLEMS = [413, 415, 429] as const;

export const documentInfo = {
  openapi: '3.1.0',
  info: {
    title: 'Netral ASN API',
    version: '1.0.0',
    description:
      'Quiz and certificates for the neutrality of Indonesian civil servants (ASN) in elections. Errors are RFC 9457 problem details (application/problem+json) in Indonesian, or English with `?lang=en` or `Accept-Language: en`. Public writes are JSON only (415), at most 16 KB (413) and rate-limited per client (429 with Retry-After).',
  },
} as const;

type OpenAPIObject = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

const languageParameters = [
  {
    name: 'lang',
    in: 'query',
    required: false,
    description: 'Language of error messages; wins over Accept-Language.',
    schema: { type: 'string', enum: ['id', 'en'] },
  },
  {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'Error messages are in Indonesian unless English (en) is preferred (q-values honoured).',
    schema: { type: 'string', examples: ['id', 'en-GB,en;q=0.9'] },
  },
] as const;

/**
 * The generated document with the server URL (the configured site origin) and the language
 * parameters every operation accepts.
 */
export function finishDocument(document: OpenAPIObject, origin: string): OpenAPIObject {
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => [
          method,
          { ...operation, parameters: [...(operation.parameters ?? []), ...languageParameters] },
        ]),
      ),
    ]),
  );
  return { ...document, servers: [{ url: origin }], paths };
}
