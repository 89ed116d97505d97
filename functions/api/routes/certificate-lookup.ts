/**
 * POST /api/certificates/lookup — "Cari sertifikat saya": the full NIP and the name as printed return
 * that person's certificates. Limited per client and per NIP (CERT_LOOKUP_LIMITER) on top of the public
 * write limit, so guessing names for a known NIP, or NIPs for a known name, stays slow.
 */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../env';
import { PUBLIC_WRITE_PROBLEMS, problems } from '../openapi';
import { ApiProblem } from '../problem';
import { clientIp, rateLimit } from '../middleware/rate-limit';
import { certificateLookupRequestSchema, certificateLookupResponseSchema } from '../../schemas/certificate-lookup';
import { certificatesOfHolder } from '../../domain/certificate-lookup';
import { parseNip } from '../../domain/nip';
import { findCertificatesByNip } from '../../storage/certificates';
import { certificateUrls, siteOrigin } from '../../certificates/urls';

/** The binding's window (wrangler.toml): the longest anyone waits after a 429. */
const LOOKUP_WINDOW_SECONDS = 60;

const lookupRoute = createRoute({
  method: 'post',
  path: '/lookup',
  summary:
    'Find my certificates: the full NIP and the full name as printed on the certificate (case and spacing do not matter). An unknown NIP and a wrong name get the same empty list. Limited per client and per NIP.',
  middleware: [rateLimit({ binding: 'CERT_LOOKUP_LIMITER', key: (c) => `client:${clientIp(c)}` })] as const,
  request: { body: { required: true, content: { 'application/json': { schema: certificateLookupRequestSchema } } } },
  responses: {
    200: {
      description: "The person's certificates, newest first (possibly none)",
      content: { 'application/json': { schema: certificateLookupResponseSchema } },
    },
    ...problems(400, ...PUBLIC_WRITE_PROBLEMS, 503),
  },
});

export const certificateLookupRoutes = apiRouter().openapi(lookupRoute, async (c) => {
  const { nip: typedNip, name, locale } = c.req.valid('json');
  if (locale) c.set('locale', locale);
  const parsed = parseNip(typedNip);
  // The schema has already refused a malformed NIP; this only takes its canonical 18 digits.
  const nip = parsed.ok ? parsed.value.nip : typedNip;

  const { success } = await c.env.CERT_LOOKUP_LIMITER.limit({ key: `nip:${nip}` });
  if (!success) {
    throw new ApiProblem(429, 'detail.lookupRateLimited', {
      params: { seconds: LOOKUP_WINDOW_SECONDS },
      headers: { 'retry-after': String(LOOKUP_WINDOW_SECONDS) },
    });
  }

  const origin = siteOrigin(c.env);
  const certificates = certificatesOfHolder(await findCertificatesByNip(c.env.DB, nip), name).map((record) => ({
    code: record.code,
    issuedAt: record.issuedAt,
    status: record.status,
    agency: record.agencyName,
    score: record.score,
    total: record.total,
    ...certificateUrls(origin, record.code, c.get('locale')),
  }));
  // Personal data: never kept by a shared cache.
  return c.json({ certificates }, 200, { 'cache-control': 'no-store' });
});
