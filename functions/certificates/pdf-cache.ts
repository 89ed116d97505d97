/**
 * Rendered certificate PDFs in the Workers Cache API (`caches.default`, per data centre; local workerd has
 * one too). Rendering costs about 70 ms of CPU, so a PDF is rendered once per certificate and status: the
 * key holds the status, and a revoked certificate therefore gets a fresh PDF that says so.
 */

/** A cached PDF may live this long; the key changes on revocation, so age never shows a stale status. */
const CACHED_PDF_SECONDS = 7 * 86_400;
/**
 * What pdf.ts draws, as a version in the key: raise it whenever the printed content changes (2: the work unit
 * and the identity's own "what this proves" lines), so a deploy never keeps serving the older layout.
 */
const PDF_LAYOUT = '2';

/**
 * The cache key of a certificate's PDF: its canonical URL (from the configured origin, never the request's
 * Host) with the status and the layout version as a query, so a revocation or a new layout is a different key.
 * @example pdfCacheKey('https://netral-asn.example.id/api/certificates/NA-7K3M-Q9TZ-2HFA/pdf', 'valid') // …/pdf?status=valid&layout=2
 */
export function pdfCacheKey(canonicalPdfUrl: string, status: string): Request {
  const url = new URL(canonicalPdfUrl);
  url.searchParams.set('status', status);
  url.searchParams.set('layout', PDF_LAYOUT);
  return new Request(url.toString(), { method: 'GET' });
}

/** The cached PDF bytes for `key`, or null (also when the runtime has no cache). */
export async function cachedPdf(key: Request): Promise<ArrayBuffer | null> {
  const hit = await defaultCache()?.match(key);
  return hit ? hit.arrayBuffer() : null;
}

/** Stores the rendered PDF under `key`. A failed store only costs a later render, so it is never an error. */
export async function storePdf(key: Request, pdf: Uint8Array | ArrayBuffer): Promise<void> {
  const stored = new Response(pdf as BodyInit, {
    headers: { 'content-type': 'application/pdf', 'cache-control': `public, max-age=${CACHED_PDF_SECONDS}` },
  });
  await defaultCache()
    ?.put(key, stored)
    .catch((error: unknown) => console.error('Could not cache a certificate PDF', error));
}

function defaultCache(): Cache | undefined {
  return (globalThis as { caches?: { default?: Cache } }).caches?.default;
}
