/**
 * The response of an export download: an attachment with an ASCII file name, never cached or indexed
 * (it holds personal data: full NIPs for agency users).
 */

export type ExportKind = 'csv' | 'zip' | 'pdf';

const CONTENT_TYPES: Record<ExportKind, string> = {
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
  pdf: 'application/pdf',
};

/**
 * Headers for a streamed export. The file name is reduced to ASCII letters, digits, dots and dashes, so
 * no header injection or path can come through it.
 * @example new Response(csvStream(…), { headers: downloadHeaders('csv', `sertifikat-${agencyId}-2026-12-02`) })
 */
export function downloadHeaders(kind: ExportKind, baseName: string): Headers {
  const safe =
    baseName
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .replace(/^[.-]+|-+$/g, '')
      .slice(0, 100) || 'ekspor';
  return new Headers({
    'content-type': CONTENT_TYPES[kind],
    'content-disposition': `attachment; filename="${safe}.${kind}"`,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    'x-content-type-options': 'nosniff',
  });
}
