/** Issued certificates: the stored, signed records (their public view is built in functions/certificates). */
import type { CertificateIdentity } from '../domain/certificate';
import { answersJson, type SubmissionRecord } from './attempts';
import { cycleAt } from './stats';

export interface CertificateRecord {
  code: string;
  attemptId: string;
  nip: string;
  name: string;
  agencyId: string;
  agencyName: string;
  unit: string | null;
  score: number;
  total: number;
  issuedAt: string;
  signature: string;
  status: 'valid' | 'revoked';
  revokedAt?: string | null;
  revokedReason?: string | null;
  identity: CertificateIdentity;
  /** The election cycle it was issued in (set by the insert from issued_at; null before the first cycle). */
  campaignId?: string | null;
}

/** A certificates row as D1 returns it (SELECT *). */
export interface CertificateRow {
  code: string;
  attempt_id: string;
  nip: string;
  name: string;
  agency_id: string;
  agency_name: string;
  unit: string | null;
  score: number;
  total: number;
  issued_at: string;
  signature: string;
  status: 'valid' | 'revoked';
  revoked_at: string | null;
  revoked_reason: string | null;
  identity: CertificateIdentity;
  campaign_id: string | null;
}

/**
 * Inserts the certificate in the same batch as the submission it belongs to. The INSERT only happens
 * if that batch's UPDATE really recorded this submission (same time and answers), so a concurrent
 * submit can never issue a second certificate or one for another answer set. That is why it reads the
 * attempts table: the guard must be inside the same statement to be atomic. Its election cycle is the
 * campaign in force at issued_at, looked up in the same statement (see storage/stats.ts).
 */
export function insertCertificateForSubmission(
  db: D1Database,
  certificate: Omit<CertificateRecord, 'status'>,
  submission: SubmissionRecord,
): D1PreparedStatement {
  const c = certificate;
  return db
    .prepare(
      `INSERT INTO certificates (code, attempt_id, nip, name, agency_id, agency_name, unit, score, total, issued_at, signature, identity, campaign_id)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ${cycleAt('?10')} FROM attempts WHERE id = ?13 AND submitted_at = ?14 AND answers = ?15`,
    )
    .bind(
      c.code,
      c.attemptId,
      c.nip,
      c.name,
      c.agencyId,
      c.agencyName,
      c.unit,
      c.score,
      c.total,
      c.issuedAt,
      c.signature,
      c.identity,
      submission.attemptId,
      submission.submittedAt,
      answersJson(submission.answers),
    );
}

export async function findCertificate(db: D1Database, code: string): Promise<CertificateRecord | null> {
  const row = await db.prepare('SELECT * FROM certificates WHERE code = ?').bind(code).first<CertificateRow>();
  return row && certificateFromRow(row);
}

export async function findCertificateByAttempt(db: D1Database, attemptId: string): Promise<CertificateRecord | null> {
  const row = await db.prepare('SELECT * FROM certificates WHERE attempt_id = ?').bind(attemptId).first<CertificateRow>();
  return row && certificateFromRow(row);
}

export function certificateFromRow(row: CertificateRow): CertificateRecord {
  return {
    code: row.code,
    attemptId: row.attempt_id,
    nip: row.nip,
    name: row.name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    unit: row.unit,
    score: row.score,
    total: row.total,
    issuedAt: row.issued_at,
    signature: row.signature,
    status: row.status,
    revokedAt: row.revoked_at,
    revokedReason: row.revoked_reason,
    identity: row.identity,
    campaignId: row.campaign_id,
  };
}

/**
 * Every certificate issued to a NIP (indexed: certificates_by_nip). The caller decides which belong to
 * the person asking; see functions/domain/certificate-lookup.ts.
 */
export async function findCertificatesByNip(db: D1Database, nip: string): Promise<CertificateRecord[]> {
  const { results } = await db
    .prepare('SELECT * FROM certificates WHERE nip = ? ORDER BY issued_at DESC LIMIT 50')
    .bind(nip)
    .all<CertificateRow>();
  return results.map(certificateFromRow);
}
