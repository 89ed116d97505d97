/** A certificate as the public sees it (API and verify pages): its signed content, status and verify link. */
import type { CertificateView } from '../schemas/certificates';
import { findCertificate, type CertificateRecord } from '../storage/certificates';
import { certificateContent } from './content';
import { certificateUrls } from './urls';
import { type Cycle, cycleOf, isCurrentCycle } from '../domain/cycles';
import { listCycles } from '../storage/campaigns';

export function certificateView(record: CertificateRecord, origin: string, cycles: readonly Cycle[], now: Date): CertificateView {
  const revoked = record.status === 'revoked';
  // The stored cycle (set at issue); computed from issued_at only for a row written before it existed.
  const cycle = record.campaignId ? (cycles.find((k) => k.id === record.campaignId) ?? null) : cycleOf(record.issuedAt, cycles);
  return {
    ...certificateContent(record),
    status: record.status,
    signature: record.signature,
    verifyUrl: certificateUrls(origin, record.code).verifyUrl,
    unit: record.unit,
    revokedAt: revoked ? (record.revokedAt ?? null) : null,
    revokedReason: revoked ? (record.revokedReason ?? null) : null,
    cycle: cycle && { id: cycle.id, name: cycle.name, current: isCurrentCycle(cycle, cycles, now) },
  };
}

/**
 * The public view of a certificate by its normalised code, or null.
 * @example await findCertificateView(env.DB, 'NA-DEM0-2026-0001', siteOrigin(env))
 */
export async function findCertificateView(db: D1Database, code: string, origin: string): Promise<CertificateView | null> {
  const [record, cycles] = await Promise.all([findCertificate(db, code), listCycles(db)]);
  return record && certificateView(record, origin, cycles, new Date());
}
