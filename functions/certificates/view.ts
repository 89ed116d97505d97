/** A certificate as the public sees it (API and verify pages): its signed content, status and verify link. */
import type { CertificateView } from '../schemas/certificates';
import { findCertificate, type CertificateRecord } from '../storage/certificates';
import { certificateContent } from './content';
import { certificateUrls } from './urls';

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

/**
 * The public view of a certificate by its normalised code, or null.
 * @example await findCertificateView(env.DB, 'NA-DEM0-2026-0001', siteOrigin(env))
 */
export async function findCertificateView(db: D1Database, code: string, origin: string): Promise<CertificateView | null> {
  const record = await findCertificate(db, code);
  return record && certificateView(record, origin);
}
