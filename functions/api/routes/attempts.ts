/** POST /api/attempts (start a quiz) and POST /api/attempts/{attemptId}/submit (grade it, issue the certificate). */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../env';
import { PUBLIC_WRITE_PROBLEMS, problems } from '../openapi';
import { ApiProblem, validationProblem } from '../problem';
import {
  attemptParamsSchema,
  startAttemptRequestSchema,
  startAttemptResponseSchema,
  submitRequestSchema,
  submitResponseSchema,
} from '../../schemas/attempts';
import type { Participant } from '../../schemas/api';
import { bank } from '../../content/bank';
import { ATTEMPT_TTL_MINUTES, AnswersMismatchError, drawAttempt, publicQuestions } from '../../domain/quiz';
import { cryptoRandomInt } from '../../domain/random';
import { importSigningKey } from '../../domain/certificate';
import { findAgency } from '../../storage/agencies';
import { findAttempt, insertAttempt, type AttemptRecord } from '../../storage/attempts';
import { SubmissionRefused, submitAttempt } from '../../certificates/issue';
import { certificateUrls, siteOrigin } from '../../certificates/urls';
import { usableLink } from '../../certificates/quiz-links';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const startRoute = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Start a quiz attempt: 10 scenarios from at least 5 categories, options shuffled, valid 30 minutes. With `link` (a personal quiz link) instead of `participant`, NIP, name, agency and unit come from the roster and the certificate is marked roster-confirmed.',
  request: { body: { required: true, content: json(startAttemptRequestSchema) } },
  responses: {
    201: { description: 'The questions, without answers', content: json(startAttemptResponseSchema) },
    ...problems(400, 404, 410, ...PUBLIC_WRITE_PROBLEMS),
  },
});

const submitRoute = createRoute({
  method: 'post',
  path: '/{attemptId}/submit',
  summary: 'Submit answers: graded server-side; idempotent for the same answers; pass mark 80 %',
  request: { params: attemptParamsSchema, body: { required: true, content: json(submitRequestSchema) } },
  responses: {
    200: { description: 'Score, per-question feedback and, when passed, the certificate', content: json(submitResponseSchema) },
    ...problems(400, 404, 409, 410, ...PUBLIC_WRITE_PROBLEMS, 503),
  },
});

type Identity = Pick<AttemptRecord, 'nip' | 'name' | 'agencyId' | 'unit' | 'linkId'>;

async function identityTyped(db: D1Database, participant: Participant): Promise<Identity> {
  const agency = await findAgency(db, participant.agencyId);
  if (!agency) throw validationProblem([{ path: 'participant.agencyId', message: 'agency.unknown' }]);
  return { nip: participant.nip, name: participant.name, agencyId: agency.id, unit: participant.unit ?? null, linkId: null };
}

/** The roster's identity: the link names the member; their NIP, name, agency and unit are taken as the roster has them. */
async function identityOfLink(db: D1Database, token: string, now: Date): Promise<Identity> {
  const link = await usableLink(db, token, now);
  return { nip: link.nip, name: link.name, agencyId: link.agencyId, unit: link.unit, linkId: link.id };
}

export const attemptRoutes = apiRouter()
  .openapi(startRoute, async (c) => {
    const { participant, link: token, locale } = c.req.valid('json');
    c.set('locale', locale);
    const now = new Date();
    // The schema guarantees exactly one of the two.
    const identity = token ? await identityOfLink(c.env.DB, token, now) : await identityTyped(c.env.DB, participant!);

    const drawn = drawAttempt(bank, cryptoRandomInt);
    const attempt: AttemptRecord = {
      id: crypto.randomUUID(),
      ...identity,
      locale,
      questions: drawn,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MINUTES * 60_000).toISOString(),
      submittedAt: null,
      answers: null,
    };
    await insertAttempt(c.env.DB, attempt);
    return c.json({ attemptId: attempt.id, expiresAt: attempt.expiresAt, questions: publicQuestions(drawn, bank, locale) }, 201);
  })
  .openapi(submitRoute, async (c) => {
    const { attemptId } = c.req.valid('param');
    const { answers } = c.req.valid('json');
    const attempt = await findAttempt(c.env.DB, attemptId);
    if (!attempt) throw new ApiProblem(404, 'detail.attemptNotFound');
    const signingKey = () => {
      if (!c.env.CERT_SIGNING_KEY) throw new ApiProblem(503, 'detail.notConfigured');
      return importSigningKey(c.env.CERT_SIGNING_KEY);
    };
    try {
      const { grade, certificate } = await submitAttempt({ db: c.env.DB, bank, attempt, answers, signingKey });
      const link = certificate && { code: certificate.code, ...certificateUrls(siteOrigin(c.env), certificate.code, attempt.locale) };
      return c.json({ ...grade, certificate: link }, 200);
    } catch (error) {
      if (error instanceof AnswersMismatchError) throw validationProblem(error.problems);
      if (error instanceof SubmissionRefused) {
        throw error.reason === 'expired' ? new ApiProblem(410, 'detail.attemptExpired') : new ApiProblem(409, 'detail.alreadySubmitted');
      }
      throw error;
    }
  });
