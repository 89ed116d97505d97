/** GET /api/openapi.json: the OpenAPI 3.1 description, generated from the same zod schemas the handlers use. */
import { z } from 'zod';
import {
  agencySearchResponseSchema,
  certificateViewSchema,
  problemSchema,
  startAttemptRequestSchema,
  startAttemptResponseSchema,
  submitRequestSchema,
  submitResponseSchema,
} from '../schemas/api';

const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' });

const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({ 'application/json': { schema: schema(s, io) } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const langParameter = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'Error messages are in Indonesian unless the first preference is English (en).',
  schema: { type: 'string', examples: ['id', 'en'] },
};
const codeParameter = { name: 'code', in: 'path', required: true, description: 'Certificate code, e.g. NA-7K3M-Q9TZ-2HFA (case and dashes optional)', schema: { type: 'string' } };

export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Netral ASN API',
      version: '1.0.0',
      description:
        'Quiz and certificates for the neutrality of Indonesian civil servants (ASN) in elections. Errors are RFC 9457 problem details in the request language. Public writes are rate-limited per client (429 with Retry-After); bodies over 16 KB get 413.',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/health': { get: { summary: 'Liveness', responses: { 200: { description: 'OK', content: json(z.object({ status: z.literal('ok') })) } } } },
      '/api/agencies': {
        get: {
          summary: 'Search agencies (instansi), at most 20',
          parameters: [{ name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 100 } }, langParameter],
          responses: { 200: { description: 'Matching agencies', content: json(agencySearchResponseSchema) }, 400: problem('Invalid query') },
        },
      },
      '/api/attempts': {
        post: {
          summary: 'Start a quiz attempt: 10 scenarios from at least 5 categories, options shuffled, valid 30 minutes',
          parameters: [langParameter],
          requestBody: { required: true, content: json(startAttemptRequestSchema, 'input') },
          responses: {
            201: { description: 'The questions, without answers', content: json(startAttemptResponseSchema) },
            400: problem('Invalid participant (each field named)'),
            413: problem('Body over 16 KB'),
            415: problem('Not JSON'),
            429: problem('Too many attempts from this client'),
          },
        },
      },
      '/api/attempts/{attemptId}/submit': {
        post: {
          summary: 'Submit answers: graded server-side; idempotent for the same answers; pass mark 80 %',
          parameters: [{ name: 'attemptId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }, langParameter],
          requestBody: { required: true, content: json(submitRequestSchema, 'input') },
          responses: {
            200: { description: 'Score, per-question feedback and, when passed, the certificate', content: json(submitResponseSchema) },
            400: problem('Answers do not match the drawn questions'),
            404: problem('Unknown attempt'),
            409: problem('Already submitted with other answers'),
            410: problem('Attempt expired'),
            413: problem('Body over 16 KB'),
            415: problem('Not JSON'),
            429: problem('Too many submissions from this client'),
          },
        },
      },
      '/api/certificates/{code}': {
        get: {
          summary: 'Verify a certificate (NIP masked)',
          parameters: [codeParameter, langParameter],
          responses: { 200: { description: 'The certificate', content: json(certificateViewSchema) }, 404: problem('Unknown code') },
        },
      },
      '/api/certificates/{code}/pdf': {
        get: {
          summary: 'The certificate as a printable PDF (A4 landscape, QR code to the verify page)',
          parameters: [codeParameter],
          responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } } }, 404: problem('Unknown code') },
        },
      },
      '/api/certificates/public-key': {
        get: {
          summary:
            'The Ed25519 public key (JWK) that signs certificates. The signature covers JSON.stringify({v:1, code, name, nip, agency, score, total, issuedAt}) of the fields GET /api/certificates/{code} returns, in that order.',
          responses: { 200: { description: 'JWK (kty OKP, crv Ed25519)', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: { schemas: { Problem: schema(problemSchema, 'output') } },
  };
}
