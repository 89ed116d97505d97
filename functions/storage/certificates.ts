/** Issued certificates: the signed record, and its public view with the NIP masked. */
import type { CertificateView } from '../schemas/api';
import { maskNip } from '../domain/nip';
import type { CertificateContent } from '../domain/certificate';
import { certificateUrls } from '../certificates/urls';

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
}

interface CertificateRow {
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
}

/**
 * Inserts the certificate in the same batch as the submission it belongs to. The INSERT only happens
 * if that batch's UPDATE really recorded this submission (same time and answers), so a concurrent
 * submit can never issue a second certificate or one for another answer set.
 */
export function insertCertificateForSubmission(
  db: D1Database,
  certificate: Omit<CertificateRecord, 'status'>,
  answersJson: string,
): D1PreparedStatement {
  const c = certificate;
  return db
    .prepare(
      `INSERT INTO certificates (code, attempt_id, nip, name, agency_id, agency_name, unit, score, total, issued_at, signature)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND submitted_at = ? AND answers = ?`,
    )
    .bind(c.code, c.attemptId, c.nip, c.name, c.agencyId, c.agencyName, c.unit, c.score, c.total, c.issuedAt, c.signature, c.attemptId, c.issuedAt, answersJson);
}

export async function findCertificate(db: D1Database, code: string): Promise<CertificateRecord | null> {
  const row = await db.prepare('SELECT * FROM certificates WHERE code = ?').bind(code).first<CertificateRow>();
  return row && fromRow(row);
}

export async function findCertificateByAttempt(db: D1Database, attemptId: string): Promise<CertificateRecord | null> {
  const row = await db.prepare('SELECT * FROM certificates WHERE attempt_id = ?').bind(attemptId).first<CertificateRow>();
  return row && fromRow(row);
}

/** What the certificate states publicly, exactly as signed. */
export function certificateContent(record: CertificateRecord): CertificateContent {
  return {
    code: record.code,
    name: record.name,
    nip: maskNip(record.nip),
    agency: record.agencyName,
    score: record.score,
    total: record.total,
    issuedAt: record.issuedAt,
  };
}

export function certificateView(record: CertificateRecord, origin: string): CertificateView {
  const revoked = record.status === 'revoked';
  return {
    ...certificateContent(record),
    status: record.status,
    signature: record.signature,
    verifyUrl: certificateUrls(origin, record.code).verifyUrl,
    unit: record.unit,
    revokedAt: revoked ? (record.revokedAt ?? null) : null,
    revokedReason: revoked ? (record.revokedReason ?? null) : null,
  };
}

/** The public view of a certificate by its (normalised) code, for the API and the verify page. */
export async function findCertificateView(db: D1Database, code: string, origin: string): Promise<CertificateView | null> {
  const record = await findCertificate(db, code);
  return record && certificateView(record, origin);
}

function fromRow(row: CertificateRow): CertificateRecord {
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
  };
}
