/** Public certificate lookup: GET /api/certificates/{code}, its PDF, and the signing public key. */
import { Hono } from 'hono';
import type { AppEnv } from '../app';
import { normalizeCertificateCode, publicJwkOf } from '../../domain/certificate';
import { findCertificateView } from '../../storage/certificates';
import { renderCertificatePdf } from '../../certificates/pdf';
import { ApiProblem } from '../problem';

export const PUBLIC_KEY_PATH = '/api/certificates/public-key';

export const certificateRoutes = new Hono<AppEnv>()
  .get('/public-key', (c) => {
    if (!c.env.CERT_SIGNING_KEY) throw new ApiProblem(503, 'detail.notConfigured');
    return c.json(publicJwkOf(c.env.CERT_SIGNING_KEY), 200, { 'cache-control': 'public, max-age=86400' });
  })
  .get('/:code', async (c) => {
    const view = await certificateOrNotFound(c.env.DB, c.req.param('code'), new URL(c.req.url).origin);
    return c.json(view);
  })
  .get('/:code/pdf', async (c) => {
    const origin = new URL(c.req.url).origin;
    const certificate = await certificateOrNotFound(c.env.DB, c.req.param('code'), origin);
    const pdf = await renderCertificatePdf({ certificate, publicKeyUrl: `${origin}${PUBLIC_KEY_PATH}` });
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="sertifikat-netral-asn-${certificate.code}.pdf"`,
      // Short: a revoked certificate's PDF must soon say so.
      'cache-control': 'private, max-age=300',
    });
  });

async function certificateOrNotFound(db: D1Database, rawCode: string, origin: string) {
  const code = normalizeCertificateCode(rawCode);
  const view = code && (await findCertificateView(db, code, origin));
  if (!view) throw new ApiProblem(404, 'detail.certificateNotFound');
  return view;
}
