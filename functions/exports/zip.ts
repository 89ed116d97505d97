/**
 * A ZIP of certificate PDFs, streamed (client-zip: store-only, Web Streams, lazy input). Each PDF is
 * rendered only when the ZIP writer asks for the next file, so memory holds one PDF at a time and the
 * first bytes leave before the second certificate is drawn. PDFs are already compressed, so storing
 * them costs no CPU.
 */
import { makeZip } from 'client-zip';
import { normalizeCertificateCode } from '../domain/certificate';
import { type PageFetcher, pagesOf } from './pages';

/**
 * At most this many certificates per file (one part of a larger export): about 1,000 × 35 ms = 35 s of
 * rendering CPU (bench/pdf-batch.mjs), within a Worker given `limits.cpu_ms` (README, Exports); a larger
 * scope is downloaded in parts.
 */
export const MAX_CERTIFICATES_PER_ZIP = 1_000;
const MAX_SLUG = 60;

/** What the archive needs of a certificate. */
export interface ZippedCertificate {
  code: string;
  name: string;
  issuedAt: string;
}

export class TooManyCertificates extends Error {
  constructor() {
    super(`more than ${MAX_CERTIFICATES_PER_ZIP} certificates in one ZIP`);
  }
}

/**
 * The PDF's file name in the archive: the code, then the holder's name as ASCII letters, digits and
 * dashes. Nothing a person typed can reach the name but those characters, so no path (`../`, `C:\`),
 * control character or look-alike survives.
 * @example certificateFileName('NA-7K3M-Q9TZ-2HFA', 'Ni Luh Putu Āyu Dewi') // 'NA-7K3M-Q9TZ-2HFA_ni-luh-putu-ayu-dewi.pdf'
 */
export function certificateFileName(code: string, name: string): string {
  if (normalizeCertificateCode(code) !== code) throw new Error(`not a certificate code: ${JSON.stringify(code)}`);
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return `${code}_${slug || 'sertifikat'}.pdf`;
}

/**
 * The archive as a stream, reading the certificates page by page.
 * @throws TooManyCertificates (into the stream) past MAX_CERTIFICATES_PER_ZIP: count before starting.
 * @example
 *   const renderer = await createCertificateRenderer({ publicKeyUrl });
 *   new Response(certificatesZip({ fetchPage, render: renderer.render }), { headers: { 'content-type': 'application/zip' } })
 */
export function certificatesZip<Row extends ZippedCertificate, Cursor>(options: {
  fetchPage: PageFetcher<Row, Cursor>;
  render: (certificate: Row) => Promise<Uint8Array>;
}): ReadableStream<Uint8Array> {
  async function* files() {
    let count = 0;
    for await (const rows of pagesOf(options.fetchPage)) {
      for (const certificate of rows) {
        if (++count > MAX_CERTIFICATES_PER_ZIP) throw new TooManyCertificates();
        yield {
          name: certificateFileName(certificate.code, certificate.name),
          lastModified: new Date(certificate.issuedAt),
          input: await options.render(certificate),
        };
      }
    }
  }
  return makeZip(files(), { buffersAreUTF8: true });
}
