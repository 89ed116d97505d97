/**
 * POST /api/attempts and POST /api/attempts/{attemptId}/submit: what the quiz sends and receives. The
 * participant's fields are validated by the shared participant schema.
 */
import { z } from '@hono/zod-openapi';
import type { Grade, PublicQuestion } from '../domain/quiz';
import { localeSchema } from './content';
import { participantSchema } from './participant';
import { quizLinkTokenRe } from '../domain/quiz-link';

/**
 * Either the participant as typed, or the token of a personal quiz link, whose NIP, name, agency and
 * unit then come from the agency's roster (the participant cannot change them).
 */
export const startAttemptRequestSchema = z
  .object({
    participant: participantSchema.optional(),
    link: z
      .string({ error: 'link.invalid' })
      .regex(quizLinkTokenRe, { error: 'link.invalid' })
      .optional()
      .openapi({ description: 'The token of a personal quiz link (the `t` of `/kuis#t=…`), instead of `participant`' }),
    locale: localeSchema.default('id'),
  })
  .superRefine((value, ctx) => {
    if (!value.participant && !value.link) ctx.addIssue({ code: 'custom', path: ['participant'], message: 'participant.required' });
    if (value.participant && value.link) ctx.addIssue({ code: 'custom', path: ['link'], message: 'link.withParticipant' });
  });

const publicQuestionSchema = z.object({
  id: z.string(),
  scenario: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string() })),
}) satisfies z.ZodType<PublicQuestion>;

export const startAttemptResponseSchema = z.object({
  attemptId: z.string(),
  expiresAt: z.iso.datetime(),
  questions: z.array(publicQuestionSchema),
});
export type StartAttemptResponse = z.infer<typeof startAttemptResponseSchema>;

const attemptIdRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A malformed id names no attempt: the validation hook answers 404 with this message for path parameters. */
export const attemptParamsSchema = z.object({
  attemptId: z.string().regex(attemptIdRe, { error: 'detail.attemptNotFound' }).openapi({ format: 'uuid' }),
});

const answerSchema = z.object({
  questionId: z.string({ error: 'answers.invalid' }).max(80),
  optionId: z.string({ error: 'answers.invalid' }).max(80),
});
export const submitRequestSchema = z.object({
  answers: z.array(answerSchema, { error: 'answers.required' }).max(50, { error: 'answers.mismatch' }),
});

const citationSchema = z.object({ law: z.string(), article: z.string(), text: z.string() });

const certificateLinkSchema = z.object({ code: z.string(), verifyUrl: z.url(), pdfUrl: z.url() });

const gradeSchema = z.object({
  score: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  passMark: z.number().int(),
  feedback: z.array(
    z.object({
      questionId: z.string(),
      correct: z.boolean(),
      chosenOptionId: z.string(),
      correctOptionId: z.string().nullable().openapi({
        description:
          'The right option: for every question when the attempt passed; when it failed, only where the answer was right, else null',
      }),
      explanation: z.string(),
      basis: z.array(citationSchema),
    }),
  ),
}) satisfies z.ZodType<Grade>;

export const submitResponseSchema = gradeSchema.extend({ certificate: certificateLinkSchema.nullable() });
export type SubmitResponse = z.infer<typeof submitResponseSchema>;
