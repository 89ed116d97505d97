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
import type { Participant } from '../../schemas/participant';
import { bank } from '../../content/bank';
import { ATTEMPT_TTL_MINUTES, AnswersMismatchError, drawAttempt, publicQuestions } from '../../domain/quiz';
import { cryptoRandomInt } from '../../domain/random';
import { parseNip } from '../../domain/nip';
import {
  dailyWindowStart,
  historyLength,
  retakeDecision,
  retakePolicyFrom,
  seenScenarios,
  type RetakeDecision,
} from '../../domain/retakes';
import { enforceLimit } from '../middleware/rate-limit';
import { importSigningKey } from '../../domain/certificate';
import { findAgency } from '../../storage/agencies';
import { attemptHistory, findAttempt, insertAttempt, type AttemptRecord } from '../../storage/attempts';
import { SubmissionRefused, submitAttempt } from '../../certificates/issue';
import { certificateUrls, siteOrigin } from '../../certificates/urls';
import { usableLink } from '../../certificates/quiz-links';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const startRoute = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Start a quiz attempt: 10 scenarios from at least 5 categories, unseen ones first, options shuffled, valid 30 minutes. With `link` (a personal quiz link) instead of `participant`, NIP, name, agency and unit come from the roster and the certificate is marked roster-confirmed.',
  description:
    'Question and option ids are opaque and new in every attempt. Per NIP: a few starts a minute (429, `detail.rateLimited`), ' +
    'a wait after failed attempts in a row (429, type `urn:netral-asn:problem:retakeCooldown`) and a cap on starts in 24 hours ' +
    '(429, type `urn:netral-asn:problem:dailyAttemptLimit`); each 429 carries Retry-After in seconds.',
  request: { body: { required: true, content: json(startAttemptRequestSchema) } },
  responses: {
    201: { description: 'The questions, without answers', content: json(startAttemptResponseSchema) },
    ...problems(400, 404, 410, ...PUBLIC_WRITE_PROBLEMS, 503),
  },
});

const submitRoute = createRoute({
  method: 'post',
  path: '/{attemptId}/submit',
  summary: 'Submit answers: graded server-side; idempotent for the same answers; pass mark 80 %',
  description:
    'Feedback gives right or wrong, the explanation and the legal basis for every question. `correctOptionId` names the right ' +
    'option for every question when the attempt passed; when it failed, only where the answer was right (null elsewhere). ' +
    'Limited per attempt (429 with Retry-After).',
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
  // The canonical NIP keys every per-person rule, so spaces or padding cannot make a fresh participant.
  const parsedNip = parseNip(participant.nip);
  const nip = parsedNip.ok ? parsedNip.value.nip : participant.nip;
  return { nip, name: participant.name, agencyId: agency.id, unit: participant.unit ?? null, linkId: null };
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
    const nip = identity.nip;
    await enforceLimit(c.env.QUIZ_START_LIMITER, 'QUIZ_START_LIMITER', `nip:${nip}`);

    const policy = retakePolicyFrom(c.env);
    const historyNow = () => attemptHistory(c.env.DB, nip, historyLength(policy));
    const history = await historyNow();
    const decision = retakeDecision(history, now, policy);
    if (!decision.allowed) throw retakeRefused(decision, policy.dailyAttempts);

    const drawn = drawAttempt(bank, cryptoRandomInt, { seen: seenScenarios(history) });
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
    if (!(await insertAttempt(c.env.DB, attempt, { since: dailyWindowStart(now), max: policy.dailyAttempts }))) {
      // Parallel starts passed the check together; the insert's own count refused this one.
      throw retakeRefused(retakeDecision(await historyNow(), now, policy), policy.dailyAttempts);
    }
    return c.json({ attemptId: attempt.id, expiresAt: attempt.expiresAt, questions: publicQuestions(drawn, bank, locale) }, 201);
  })
  .openapi(submitRoute, async (c) => {
    const { attemptId } = c.req.valid('param');
    const { answers } = c.req.valid('json');
    const attempt = await findAttempt(c.env.DB, attemptId);
    if (!attempt) throw new ApiProblem(404, 'detail.attemptNotFound');
    // Per attempt, so a whole room can submit at once while one script cannot hammer one attempt.
    await enforceLimit(c.env.QUIZ_SUBMIT_LIMITER, 'QUIZ_SUBMIT_LIMITER', `attempt:${attemptId}`);
    const signingKey = async () => {
      if (!c.env.CERT_SIGNING_KEY) throw new ApiProblem(503, 'detail.notConfigured');
      try {
        return await importSigningKey(c.env.CERT_SIGNING_KEY);
      } catch {
        // A malformed secret: say the service is not configured, never echo a parse error quoting the key.
        throw new ApiProblem(503, 'detail.notConfigured');
      }
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

/** A refused start: 429 with its own problem type and Retry-After, in words a participant can act on. */
function retakeRefused(decision: RetakeDecision, dailyAttempts: number): ApiProblem {
  if (decision.allowed) return new ApiProblem(429, 'detail.rateLimitedGeneric');
  const headers = { 'retry-after': String(decision.retryAfterSeconds) };
  if (decision.reason === 'cooldown') {
    return new ApiProblem(429, 'detail.retakeCooldown', {
      headers,
      params: { failures: decision.failures, minutes: Math.ceil(decision.retryAfterSeconds / 60) },
    });
  }
  return new ApiProblem(429, 'detail.dailyAttemptLimit', {
    headers,
    params: { max: dailyAttempts, hours: Math.ceil(decision.retryAfterSeconds / 3600) },
  });
}
