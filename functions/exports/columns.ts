/** The columns of the certificate and pending CSV exports, headed in the reader's language. */
import type { Locale } from '../schemas/content';
import { localDay, type AgencyZone } from '../domain/zone';
import { certificateUrls } from '../certificates/urls';
import type { ExportCertificate, PendingExportMember, PendingReason } from '../storage/exports';
import type { CsvColumn } from './csv';

const TEXT = {
  id: {
    nip: 'NIP',
    name: 'Nama',
    unit: 'Unit kerja',
    score: 'Skor',
    total: 'Skor maksimal',
    date: 'Tanggal terbit',
    code: 'Kode sertifikat',
    status: 'Status',
    identity: 'Identitas',
    verify: 'Tautan verifikasi',
    email: 'Email',
    valid: 'berlaku',
    revoked: 'dicabut',
    roster: 'dikonfirmasi daftar pegawai',
    self_declared: 'diisi sendiri',
    pending: { none: 'belum lulus', revoked: 'sertifikat dicabut', other_cycle: 'lulus di siklus lain' },
  },
  en: {
    nip: 'NIP',
    name: 'Name',
    unit: 'Work unit',
    score: 'Score',
    total: 'Maximum score',
    date: 'Issued on',
    code: 'Certificate code',
    status: 'Status',
    identity: 'Identity',
    verify: 'Verify link',
    email: 'Email',
    valid: 'valid',
    revoked: 'revoked',
    roster: 'roster-confirmed',
    self_declared: 'self-declared',
    pending: { none: 'not yet passed', revoked: 'certificate revoked', other_cycle: 'passed in another cycle' },
  },
} as const satisfies Record<Locale, { pending: Record<PendingReason, string> } & Record<string, unknown>>;

/**
 * Certificates: full NIP (text of 18 digits), name, unit (the roster's when the holder is an active
 * member), score, local issue date, code, status, identity, verify link.
 */
export function certificateColumns(locale: Locale, zone: AgencyZone, origin: string): CsvColumn<ExportCertificate>[] {
  const t = TEXT[locale];
  return [
    { header: t.nip, value: (r) => r.nip },
    { header: t.name, value: (r) => r.name },
    { header: t.unit, value: (r) => r.rosterUnit ?? r.unit },
    { header: t.score, value: (r) => r.score },
    { header: t.total, value: (r) => r.total },
    { header: t.date, value: (r) => localDay(r.issuedAt, zone) },
    { header: t.code, value: (r) => r.code },
    { header: t.status, value: (r) => t[r.status] },
    { header: t.identity, value: (r) => t[r.identity] },
    { header: t.verify, value: (r) => certificateUrls(origin, r.code, locale).verifyUrl },
  ];
}

/** Pending members: NIP, name, unit, email, and why they are pending in the cycle. */
export function pendingColumns(locale: Locale): CsvColumn<PendingExportMember>[] {
  const t = TEXT[locale];
  return [
    { header: t.nip, value: (r) => r.nip },
    { header: t.name, value: (r) => r.name },
    { header: t.unit, value: (r) => r.unit },
    { header: t.email, value: (r) => r.email },
    { header: t.status, value: (r) => t.pending[r.reason] },
  ];
}
