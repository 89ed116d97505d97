/** The Hono API, served under /api by the Astro catch-all endpoint (and by the test worker). */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Locale } from '../schemas/content';
import { MAX_BODY_BYTES } from '../schemas/api';
import { localeFromAcceptLanguage } from '../i18n/messages';
import { API_HEADERS, withHeaders } from '../http/security-headers';
import { ApiProblem, problemResponse } from './problem';
import { agencyRoutes } from './routes/agencies';
import { attemptRoutes } from './routes/attempts';
import { certificateRoutes } from './routes/certificates';
import { openApiDocument } from './openapi';

export type AppEnv = { Bindings: Env; Variables: { locale: Locale } };

export const app = new Hono<AppEnv>().basePath('/api');

app.use(async (c, next) => {
  c.set('locale', c.req.query('lang') === 'en' ? 'en' : localeFromAcceptLanguage(c.req.header('accept-language')));
  await next();
  c.res = withHeaders(c.res, API_HEADERS);
  if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
});

// Writes take JSON only: a cross-site HTML form cannot send it without a CORS preflight, which we never allow.
app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json(;|$)/i.test(type)) throw new ApiProblem(415, 'detail.unsupportedMediaType');
  await next();
});
app.use(
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => problemResponse(new ApiProblem(413, 'detail.tooLarge'), c.get('locale')),
  }),
);

app.get('/health', (c) => c.json({ status: 'ok' }));
app.get('/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin), 200, { 'cache-control': 'public, max-age=300' }));
app.route('/agencies', agencyRoutes);
app.route('/attempts', attemptRoutes);
app.route('/certificates', certificateRoutes);

app.notFound((c) => problemResponse(new ApiProblem(404, 'detail.notFound'), c.get('locale'), new URL(c.req.url).pathname));

app.onError((error, c) => {
  const locale = c.get('locale') ?? 'id';
  const instance = new URL(c.req.url).pathname;
  const problem =
    error instanceof ApiProblem ? error : (console.error('Unhandled API error', c.req.method, instance, error), new ApiProblem(500, 'detail.internal'));
  return withHeaders(problemResponse(problem, locale, instance), { ...API_HEADERS, 'cache-control': 'no-store' });
});
