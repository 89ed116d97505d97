/**
 * A passed certificate kept on the device (localStorage), so closing the tab or starting over never loses its code.
 * Only the code, its links and the score are kept: never the NIP or the name, which may be on a shared phone.
 */
import type { SubmitResponse } from '../../../functions/schemas/api';

export interface KeptCertificate {
  code: string;
  verifyUrl: string;
  pdfUrl: string;
  score: number;
  total: number;
  /** When it was kept (ISO), so a later pass replaces an older one. */
  keptAt: string;
}

export const KEPT_CERTIFICATE_KEY = 'netral-asn.certificate';

/** What to keep from a graded attempt: its certificate, or null when it earned none. */
export function keptCertificate(result: SubmitResponse | undefined, now = new Date()): KeptCertificate | null {
  const certificate = result?.certificate;
  if (!result || !certificate) return null;
  return { ...certificate, score: result.score, total: result.total, keptAt: now.toISOString() };
}

const codeRe = /^NA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** A kept certificate read back; anything else (another shape, a tampered entry, a foreign link) is null. */
export function restoreKept(saved: string | null): KeptCertificate | null {
  try {
    const kept = saved ? JSON.parse(saved) : null;
    if (!kept || typeof kept !== 'object' || !codeRe.test(kept.code)) return null;
    const sameSite = (url: unknown) => typeof url === 'string' && /^(https?:\/\/[^/]+)?\/[^/]/.test(url) && !url.startsWith('//');
    if (!sameSite(kept.verifyUrl) || !sameSite(kept.pdfUrl)) return null;
    return {
      code: kept.code,
      verifyUrl: kept.verifyUrl,
      pdfUrl: kept.pdfUrl,
      score: Number(kept.score) || 0,
      total: Number(kept.total) || 0,
      keptAt: String(kept.keptAt ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * A WhatsApp share link: a plain link, so sharing needs no script and works from any phone.
 * @example whatsAppUrl('My certificate:', 'https://x/verifikasi/NA-1') // 'https://wa.me/?text=My%20certificate%3A%20https%3A%2F%2Fx%2Fverifikasi%2FNA-1'
 */
export function whatsAppUrl(text: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`;
}
