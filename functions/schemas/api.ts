/**
 * The public API's request and response shapes, defined once: the Hono handlers validate with them,
 * the OpenAPI document is generated from them, the quiz page and the tests import their types.
 *
 * Validation messages are message keys (see functions/i18n/messages.ts), turned into Indonesian or
 * English text when the error is rendered, so one schema serves both languages.
 */
import { z } from 'zod';
import { localeSchema } from './content';
import { participantSchema } from './participant';

export const ATTEMPT_QUESTION_COUNT = 10;
export const PASS_MARK_PERCENT = 80;
export const ATTEMPT_TTL_MINUTES = 30;
export const MAX_BODY_BYTES = 16 * 1024;

export const startAttemptRequestSchema = z.object({
  participant: participantSchema,
  locale: localeSchema.default('id'),
});
export type StartAttemptRequest = z.infer<typeof startAttemptRequestSchema>;

/** A question as the browser sees it before submitting: no ruling, no correct option, no explanation. */
export const publicQuestionSchema = z.object({
  id: z.string(),
  scenario: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;

export const startAttemptResponseSchema = z.object({
  attemptId: z.string(),
  expiresAt: z.iso.datetime(),
  questions: z.array(publicQuestionSchema),
});
export type StartAttemptResponse = z.infer<typeof startAttemptResponseSchema>;

export const answerSchema = z.object({
  questionId: z.string({ error: 'answers.invalid' }).max(80),
  optionId: z.string({ error: 'answers.invalid' }).max(80),
});
export const submitRequestSchema = z.object({
  answers: z.array(answerSchema, { error: 'answers.required' }).max(50, { error: 'answers.mismatch' }),
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

export const citationSchema = z.object({ law: z.string(), article: z.string(), text: z.string() });

export const certificateLinkSchema = z.object({ code: z.string(), verifyUrl: z.url(), pdfUrl: z.url() });

export const submitResponseSchema = z.object({
  score: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  passMark: z.number().int(),
  feedback: z.array(
    z.object({
      questionId: z.string(),
      correct: z.boolean(),
      chosenOptionId: z.string(),
      correctOptionId: z.string(),
      explanation: z.string(),
      basis: z.array(citationSchema),
    }),
  ),
  certificate: certificateLinkSchema.nullable(),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

export const certificateStatusSchema = z.enum(['valid', 'revoked']);

export const certificateViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  nip: z.string().describe('Masked: the first six and last two digits'),
  agency: z.string(),
  score: z.number().int(),
  total: z.number().int(),
  issuedAt: z.iso.datetime(),
  status: certificateStatusSchema,
  signature: z.string().describe('Ed25519 over the canonical content, base64url'),
  verifyUrl: z.url(),
  // Shown with the certificate but not part of the signed content (added later; clients may ignore them).
  unit: z.string().nullable().optional().describe('The work unit the participant typed, not signed'),
  revokedAt: z.iso.datetime().nullable().optional().describe('When it was revoked (revoked certificates only)'),
  revokedReason: z.string().nullable().optional().describe('Why it was revoked (revoked certificates only)'),
});
export type CertificateView = z.infer<typeof certificateViewSchema>;

export const agencyKindSchema = z.enum(['province', 'regency', 'city', 'central']);
export const agencySchema = z.object({ id: z.string(), name: z.string(), kind: agencyKindSchema, province: z.string().nullable() });
export type Agency = z.infer<typeof agencySchema>;
export const agencySearchQuerySchema = z.object({ q: z.string().trim().max(100, { error: 'query.tooLong' }).default('') });
export const agencySearchResponseSchema = z.object({ agencies: z.array(agencySchema) });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
