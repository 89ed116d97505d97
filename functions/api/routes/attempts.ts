/** POST /api/attempts (start a quiz) and POST /api/attempts/{id}/submit (grade it, issue the certificate). */
import { Hono } from 'hono';
import type { AppEnv } from '../app';
import { ATTEMPT_TTL_MINUTES, startAttemptRequestSchema, submitRequestSchema, type SubmitResponse } from '../../schemas/api';
import { bank } from '../../content/bank';
import { AnswersMismatchError, drawAttempt, gradeSubmission, publicQuestions, sameAnswers, type Answer } from '../../domain/quiz';
import { cryptoRandomInt } from '../../domain/random';
import { certificateCode, importSigningKey, signCertificate } from '../../domain/certificate';
import { maskNip } from '../../domain/nip';
import { findAgency } from '../../storage/agencies';
import { findAttempt, insertAttempt, recordSubmission, type AttemptRecord } from '../../storage/attempts';
import { findCertificateByAttempt, insertCertificateForSubmission } from '../../storage/certificates';
import { certificateUrls } from '../../certificates/urls';
import { ApiProblem, validationProblem } from '../problem';
import { limitPublicWrites } from '../rate-limit';
import { jsonBody } from '../validate';

const attemptIdRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A fresh code colliding with an existing one is a ~1e-11 event per issue; retrying a few times is plenty. */
const CODE_ATTEMPTS = 3;

export const attemptRoutes = new Hono<AppEnv>()
  .post('/', limitPublicWrites, async (c) => {
    const { participant, locale } = await jsonBody(c, startAttemptRequestSchema);
    c.set('locale', locale);
    const agency = await findAgency(c.env.DB, participant.agencyId);
    if (!agency) throw validationProblem([{ path: 'participant.agencyId', message: 'agency.unknown' }]);

    const now = new Date();
    const drawn = drawAttempt(bank, cryptoRandomInt);
    const attempt: AttemptRecord = {
      id: crypto.randomUUID(),
      nip: participant.nip,
      name: participant.name,
      agencyId: agency.id,
      unit: participant.unit ?? null,
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
  .post('/:attemptId/submit', limitPublicWrites, async (c) => {
    const attemptId = c.req.param('attemptId');
    if (!attemptIdRe.test(attemptId)) throw new ApiProblem(404, 'detail.attemptNotFound');
    const { answers } = await jsonBody(c, submitRequestSchema);
    const attempt = await findAttempt(c.env.DB, attemptId);
    if (!attempt) throw new ApiProblem(404, 'detail.attemptNotFound');
    const origin = new URL(c.req.url).origin;

    if (attempt.submittedAt) return c.json(await storedResult(c.env.DB, attempt, answers, origin));
    if (Date.now() > Date.parse(attempt.expiresAt)) throw new ApiProblem(410, 'detail.attemptExpired');

    const grade = gradeOrReject(attempt, answers);
    const submittedAt = new Date().toISOString();
    const submission = { attemptId, submittedAt, answers, score: grade.score, total: grade.total, passed: grade.passed };
    const signingKey = grade.passed ? await signingKeyOf(c.env) : null;
    const agency = grade.passed ? (await findAgency(c.env.DB, attempt.agencyId))! : null;

    for (let tryNumber = 1; ; tryNumber++) {
      const statements = [recordSubmission(c.env.DB, submission)];
      let certificate: SubmitResponse['certificate'] = null;
      if (signingKey && agency) {
        const code = certificateCode(cryptoRandomInt);
        const content = { code, name: attempt.name, nip: maskNip(attempt.nip), agency: agency.name, score: grade.score, total: grade.total, issuedAt: submittedAt };
        const signature = await signCertificate(content, signingKey);
        const record = { ...content, attemptId, nip: attempt.nip, agencyId: agency.id, agencyName: agency.name, unit: attempt.unit, signature };
        statements.push(insertCertificateForSubmission(c.env.DB, record, JSON.stringify(answers)));
        certificate = { code, ...certificateUrls(origin, code, attempt.locale) };
      }
      try {
        // One transaction: the result and its certificate are written together or not at all.
        const [update] = await c.env.DB.batch(statements);
        if (update!.meta.changes === 0) return c.json(await resultOfConcurrentSubmit(c.env.DB, attemptId, answers, origin));
        return c.json({ ...grade, certificate } satisfies SubmitResponse);
      } catch (error) {
        // The batch rolled back as a whole, so retrying or reading the other request's result is safe.
        if (String(error).includes('certificates.attempt_id')) return c.json(await resultOfConcurrentSubmit(c.env.DB, attemptId, answers, origin));
        if (tryNumber < CODE_ATTEMPTS && String(error).includes('certificates.code')) continue;
        throw error;
      }
    }
  });

function gradeOrReject(attempt: AttemptRecord, answers: Answer[]) {
  try {
    return gradeSubmission(attempt.questions, answers, bank, attempt.locale);
  } catch (error) {
    if (error instanceof AnswersMismatchError) throw validationProblem(error.problems);
    throw error;
  }
}

/** Submitting again: the same answers get the same result and certificate; other answers are a conflict. */
async function storedResult(db: D1Database, attempt: AttemptRecord, answers: Answer[], origin: string): Promise<SubmitResponse> {
  if (!attempt.answers || !sameAnswers(attempt.answers, answers)) throw new ApiProblem(409, 'detail.alreadySubmitted');
  const grade = gradeSubmission(attempt.questions, attempt.answers, bank, attempt.locale);
  const certificate = await findCertificateByAttempt(db, attempt.id);
  return { ...grade, certificate: certificate && { code: certificate.code, ...certificateUrls(origin, certificate.code, attempt.locale) } };
}

/** Another request submitted this attempt between our read and our write: answer as a resubmission. */
async function resultOfConcurrentSubmit(db: D1Database, attemptId: string, answers: Answer[], origin: string) {
  return storedResult(db, (await findAttempt(db, attemptId))!, answers, origin);
}

async function signingKeyOf(env: Env): Promise<CryptoKey> {
  if (!env.CERT_SIGNING_KEY) throw new ApiProblem(503, 'detail.notConfigured');
  return importSigningKey(env.CERT_SIGNING_KEY);
}
