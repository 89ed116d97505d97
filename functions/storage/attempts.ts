/** Quiz attempts: who is taking the quiz, the questions drawn for them, and the graded result. */
import type { Locale } from '../schemas/content';
import type { Answer, DrawnQuestion } from '../domain/quiz';

export interface AttemptRecord {
  id: string;
  nip: string;
  name: string;
  agencyId: string;
  unit: string | null;
  locale: Locale;
  questions: DrawnQuestion[];
  createdAt: string;
  expiresAt: string;
  submittedAt: string | null;
  answers: Answer[] | null;
  /** The personal quiz link the attempt was started from (identity from the roster), or null (typed). */
  linkId: string | null;
}

interface AttemptRow {
  id: string;
  nip: string;
  name: string;
  agency_id: string;
  unit: string | null;
  locale: Locale;
  questions: string;
  created_at: string;
  expires_at: string;
  submitted_at: string | null;
  answers: string | null;
  link_id: string | null;
}

export async function insertAttempt(db: D1Database, attempt: AttemptRecord): Promise<void> {
  await db
    .prepare(
      `INSERT INTO attempts (id, nip, name, agency_id, unit, locale, questions, created_at, expires_at, link_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      attempt.id,
      attempt.nip,
      attempt.name,
      attempt.agencyId,
      attempt.unit,
      attempt.locale,
      JSON.stringify(attempt.questions),
      attempt.createdAt,
      attempt.expiresAt,
      attempt.linkId,
    )
    .run();
}

export async function findAttempt(db: D1Database, id: string): Promise<AttemptRecord | null> {
  const row = await db.prepare('SELECT * FROM attempts WHERE id = ?').bind(id).first<AttemptRow>();
  if (!row) return null;
  return {
    id: row.id,
    nip: row.nip,
    name: row.name,
    agencyId: row.agency_id,
    unit: row.unit,
    locale: row.locale,
    questions: JSON.parse(row.questions) as DrawnQuestion[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    submittedAt: row.submitted_at,
    answers: row.answers ? (JSON.parse(row.answers) as Answer[]) : null,
    linkId: row.link_id,
  };
}

export interface SubmissionRecord {
  attemptId: string;
  submittedAt: string;
  answers: Answer[];
  score: number;
  total: number;
  passed: boolean;
}

/**
 * Records the graded submission, only if the attempt has not been submitted yet. Returned as a
 * statement so it can go into one batch with the certificate.
 */
export function recordSubmission(db: D1Database, s: SubmissionRecord): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE attempts SET submitted_at = ?, answers = ?, score = ?, total = ?, passed = ?
       WHERE id = ? AND submitted_at IS NULL`,
    )
    .bind(s.submittedAt, answersJson(s.answers), s.score, s.total, s.passed ? 1 : 0, s.attemptId);
}

/** How answers are stored; the certificate insert compares against exactly these bytes. */
export function answersJson(answers: readonly Answer[]): string {
  return JSON.stringify(answers.map(({ questionId, optionId }) => ({ questionId, optionId })));
}
