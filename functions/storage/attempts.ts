/** Quiz attempts: who is taking the quiz, the questions drawn for them, and the graded result. */
import type { Locale } from '../schemas/content';
import type { Answer, DrawnQuestion } from '../domain/quiz';
import type { PastAttempt } from '../domain/retakes';

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

/** A cap on starts per NIP, checked in the same statement as the insert so parallel starts cannot pass it together. */
export interface StartCap {
  since: string;
  max: number;
}

/**
 * Inserts the attempt unless the NIP already started `cap.max` attempts since `cap.since`.
 * @returns false when the cap refused it.
 */
export async function insertAttempt(db: D1Database, attempt: AttemptRecord, cap?: StartCap): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO attempts (id, nip, name, agency_id, unit, locale, questions, created_at, expires_at, link_id)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
       WHERE (SELECT count(*) FROM attempts WHERE nip = ? AND created_at > ?) < ?`,
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
      attempt.nip,
      cap?.since ?? '',
      cap?.max ?? Number.MAX_SAFE_INTEGER,
    )
    .run();
  return result.meta.changes === 1;
}

/**
 * A NIP's most recent attempts, newest first: enough for the daily cap, the cooldown and the scenarios
 * already seen (`limit` stays above the daily cap; older attempts only add seen scenarios).
 */
export async function attemptHistory(db: D1Database, nip: string, limit = 50): Promise<PastAttempt[]> {
  const { results } = await db
    .prepare('SELECT questions, created_at, submitted_at, passed FROM attempts WHERE nip = ? ORDER BY created_at DESC LIMIT ?')
    .bind(nip, limit)
    .all<Pick<AttemptRow, 'questions' | 'created_at' | 'submitted_at'> & { passed: number | null }>();
  return results.map((row) => ({
    createdAt: row.created_at,
    submittedAt: row.submitted_at,
    passed: row.passed === null ? null : row.passed === 1,
    scenarioIds: questionsFromJson(row.questions).map((q) => q.scenarioId),
  }));
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
    questions: questionsFromJson(row.questions),
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

/** How attempts stored before per-attempt ids kept their questions: the slug was the id, positions the option ids. */
interface LegacyDrawnQuestion {
  scenarioId: string;
  optionKeys: DrawnQuestion['options'][number]['key'][];
}

/** Reads stored questions; attempts drawn before opaque ids and phrasings keep their ids and first phrasing. */
function questionsFromJson(json: string): DrawnQuestion[] {
  return (JSON.parse(json) as (DrawnQuestion | LegacyDrawnQuestion)[]).map((q) =>
    'optionKeys' in q
      ? { id: q.scenarioId, scenarioId: q.scenarioId, options: q.optionKeys.map((key, i) => ({ id: String(i + 1), key, phrasing: 0 })) }
      : q,
  );
}
