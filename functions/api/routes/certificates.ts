/** Public certificate lookup: GET /api/certificates/{code}, its PDF, and the signing public key. */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../env';
import { problems } from '../openapi';
import { ApiProblem } from '../problem';
import { certificateCodeParamsSchema, certificateViewSchema, publicJwkSchema } from '../../schemas/certificates';
import { normalizeCertificateCode, publicJwkOf } from '../../domain/certificate';
import { findCertificateView } from '../../certificates/view';
import { renderCertificatePdf } from '../../certificates/pdf';
import { cachedPdf, pdfCacheKey, storePdf } from '../../certificates/pdf-cache';
import { PUBLIC_KEY_PATH, certificateUrls, publicKeyUrl, siteOrigin } from '../../certificates/urls';
import { clientIp, enforceLimit } from '../middleware/rate-limit';
import { certificateLookupRoutes } from './certificate-lookup';

/** Kept for the verify page, which links to the key; the path itself is defined with the other URLs. */
export { PUBLIC_KEY_PATH };

const publicKeyRoute = createRoute({
  method: 'get',
  path: '/public-key',
  summary:
    "The Ed25519 public key (JWK) that signs certificates. The signature covers JSON.stringify({v:1, code, name, nip, agency, score, total, issuedAt}) of the fields GET /api/certificates/{code} returns, in that order; a roster-confirmed certificate (identity 'roster') is signed as JSON.stringify({v:2, code, name, nip, agency, identity:'roster', score, total, issuedAt}).",
  responses: {
    200: { description: 'JWK (kty OKP, crv Ed25519)', content: { 'application/json': { schema: publicJwkSchema } } },
    ...problems(503),
  },
});

const viewRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'Verify a certificate (NIP masked)',
  request: { params: certificateCodeParamsSchema },
  responses: {
    200: { description: 'The certificate', content: { 'application/json': { schema: certificateViewSchema } } },
    ...problems(404),
  },
});

const pdfRoute = createRoute({
  method: 'get',
  path: '/{code}/pdf',
  summary:
    'The certificate as a printable PDF (A4 landscape, QR code to the verify page). Rendered once per certificate and status, then served from the cache (header x-cache: hit or miss); limited per client address.',
  request: { params: certificateCodeParamsSchema },
  responses: {
    200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } } },
    ...problems(404, 429, 503),
  },
});

export const certificateRoutes = apiRouter()
  .openapi(publicKeyRoute, (c) => {
    const jwk = publishableKey(c.env.CERT_SIGNING_KEY);
    if (!jwk) throw new ApiProblem(503, 'detail.notConfigured');
    return c.json(jwk as never, 200, { 'cache-control': 'public, max-age=86400' });
  })
  .openapi(viewRoute, async (c) => {
    return c.json(await certificateOrNotFound(c.env.DB, c.req.valid('param').code, siteOrigin(c.env)), 200);
  })
  .openapi(pdfRoute, async (c) => {
    // Before the lookup: rendering is the costliest public request, and a cache miss is one.
    await enforceLimit(c.env.PDF_LIMITER, 'PDF_LIMITER', clientIp(c));
    const origin = siteOrigin(c.env);
    const certificate = await certificateOrNotFound(c.env.DB, c.req.valid('param').code, origin);
    const key = pdfCacheKey(certificateUrls(origin, certificate.code).pdfUrl, certificate.status);
    const cached = await cachedPdf(key);
    const pdf = cached ?? (await renderCertificatePdf({ certificate, publicKeyUrl: publicKeyUrl(origin) }));
    if (!cached) await storePdf(key, pdf);
    return c.body(pdf as ArrayBuffer, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="sertifikat-netral-asn-${certificate.code}.pdf"`,
      // Short for browsers: a revoked certificate's PDF must soon say so (the server's cache is keyed by status).
      'cache-control': 'private, max-age=300',
      'x-cache': cached ? 'hit' : 'miss',
    });
  });

// "Cari sertifikat saya" (POST /lookup) lives in its own module; mounted here so the public write rules cover it.
certificateRoutes.route('/', certificateLookupRoutes);

/** The public JWK, or null when the secret is missing or malformed (never a parse error quoting it). */
function publishableKey(secret: string | undefined): JsonWebKey | null {
  if (!secret) return null;
  try {
    const jwk = publicJwkOf(secret);
    return jwk.kty === 'OKP' && typeof jwk.x === 'string' ? jwk : null;
  } catch {
    return null;
  }
}

async function certificateOrNotFound(db: D1Database, rawCode: string, origin: string) {
  const code = normalizeCertificateCode(rawCode);
  const view = code && (await findCertificateView(db, code, origin));
  if (!view) throw new ApiProblem(404, 'detail.certificateNotFound');
  return view;
}
