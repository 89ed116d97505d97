/**
 * Submitting an attempt: grade it and, when it passes, issue its signed certificate, written together
 * with the report's counters in one D1 batch (a failure leaves nothing half-written, and a concurrent
 * double submit counts once: see storage/stats.ts). Submitting again with the same answers gives the
 * same result and certificate.
 */
import type { Bank, Answer, Grade } from '../domain/quiz';
import { gradeSubmission, sameAnswers } from '../domain/quiz';
import { certificateCode } from '../domain/certificate';
import { cryptoRandomInt } from '../domain/random';
import { findAgency } from '../storage/agencies';
import { findAttempt, recordSubmission, type AttemptRecord, type SubmissionRecord } from '../storage/attempts';
import { findCertificateByAttempt, insertCertificateForSubmission, type CertificateRecord } from '../storage/certificates';
import { attemptCounterStatements, certificateCounterStatements } from '../storage/stats';
import { signFacts } from './content';

/** A fresh code colliding with an existing one is a ~1e-11 event per issue; retrying a few times is plenty. */
const CODE_ATTEMPTS = 3;

export interface SubmitResult {
  grade: Grade;
  certificate: CertificateRecord | null;
}

/** Why a submission cannot be accepted (grading's own AnswersMismatchError aside). */
export class SubmissionRefused extends Error {
  constructor(readonly reason: 'alreadySubmitted' | 'expired') {
    super(`submission refused: ${reason}`);
  }
}

interface SubmitInput {
  db: D1Database;
  bank: Bank;
  attempt: AttemptRecord;
  answers: Answer[];
  /** Asked only when the attempt passes (a failed attempt needs no key). */
  signingKey: () => Promise<CryptoKey>;
  now?: Date;
}

/**
 * Grades `answers` and records the result, with a certificate when it passes.
 * @throws AnswersMismatchError when the answers do not cover the drawn questions; SubmissionRefused.
 * @example const { grade, certificate } = await submitAttempt({ db, bank, attempt, answers, signingKey })
 */
export async function submitAttempt(input: SubmitInput): Promise<SubmitResult> {
  const { db, bank, attempt, answers, now = new Date() } = input;
  if (attempt.submittedAt) return storedResult(db, bank, attempt, answers);
  if (now.getTime() > Date.parse(attempt.expiresAt)) throw new SubmissionRefused('expired');

  const grade = gradeSubmission(attempt.questions, answers, bank, attempt.locale);
  const submission: SubmissionRecord = {
    attemptId: attempt.id,
    submittedAt: now.toISOString(),
    answers,
    score: grade.score,
    total: grade.total,
    passed: grade.passed,
  };
  const key = grade.passed ? await input.signingKey() : null;
  const agency = grade.passed ? await findAgency(db, attempt.agencyId) : null;
  if (grade.passed && !agency) throw new Error(`Agency ${attempt.agencyId} of attempt ${attempt.id} is gone`);

  // Before the UPDATE: they count only while the attempt is still unsubmitted.
  const counters = attemptCounterStatements(db, { ...submission, agencyId: attempt.agencyId });
  for (let tryNumber = 1; ; tryNumber++) {
    const statements = [...counters, recordSubmission(db, submission)];
    let certificate: CertificateRecord | null = null;
    if (key && agency) {
      const facts = {
        code: certificateCode(cryptoRandomInt),
        attemptId: attempt.id,
        nip: attempt.nip,
        name: attempt.name,
        agencyId: agency.id,
        agencyName: agency.name,
        unit: attempt.unit,
        score: grade.score,
        total: grade.total,
        issuedAt: submission.submittedAt,
        identity: attempt.linkId ? ('roster' as const) : ('self_declared' as const),
      };
      certificate = { ...facts, signature: await signFacts(facts, key), status: 'valid' };
      statements.push(insertCertificateForSubmission(db, certificate, submission), ...certificateCounterStatements(db, certificate.code));
    }
    try {
      const update = (await db.batch(statements))[counters.length];
      if (update!.meta.changes === 0) return resultOfConcurrentSubmit(db, bank, attempt.id, answers);
      return { grade, certificate };
    } catch (error) {
      // The batch rolled back as a whole, so retrying or reading the other request's result is safe.
      // D1 reports constraint failures only as text naming the column.
      if (String(error).includes('certificates.attempt_id')) return resultOfConcurrentSubmit(db, bank, attempt.id, answers);
      if (tryNumber < CODE_ATTEMPTS && String(error).includes('certificates.code')) continue;
      throw error;
    }
  }
}

/** Submitting again: the same answers get the same result and certificate; other answers are refused. */
async function storedResult(db: D1Database, bank: Bank, attempt: AttemptRecord, answers: Answer[]): Promise<SubmitResult> {
  if (!attempt.answers || !sameAnswers(attempt.answers, answers)) throw new SubmissionRefused('alreadySubmitted');
  const grade = gradeSubmission(attempt.questions, attempt.answers, bank, attempt.locale);
  return { grade, certificate: await findCertificateByAttempt(db, attempt.id) };
}

/** Another request submitted this attempt between our read and our write: answer as a resubmission. */
async function resultOfConcurrentSubmit(db: D1Database, bank: Bank, attemptId: string, answers: Answer[]) {
  return storedResult(db, bank, (await findAttempt(db, attemptId))!, answers);
}
