/**
 * The Hono API, served under /api by the Astro catch-all endpoint (and by the test worker). The root
 * does what every answer needs (language, security headers, problem+json errors, the OpenAPI
 * document); each audience is a sub-app with its own rules: `public.ts`, `auth.ts` and `admin.ts`.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { ApiProblem, renderProblem } from './problem';
import { documentInfo, finishDocument, problems } from './openapi';
import { detectLocale } from './middleware/locale';
import { drainBody } from './middleware/drain-body';
import { securityHeaders } from './middleware/security-headers';
import { publicApi } from './public';
import { adminApi } from './admin';
import { authApi } from './auth';
import { API_HEADERS } from '../http/security-headers';
import { siteOrigin } from '../certificates/urls';

export const app = new OpenAPIHono<AppEnv>().basePath('/api');

app.use(securityHeaders({ headers: API_HEADERS }), drainBody(), detectLocale());

app.route('/', publicApi);
app.route('/auth', authApi);
app.route('/admin', adminApi);

const openApiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  summary: 'This description (OpenAPI 3.1)',
  responses: { 200: { description: 'The OpenAPI document', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } } }, ...problems() },
});

/** Generated once per isolate: the routes do not change while it runs. */
let document: ReturnType<typeof finishDocument> | undefined;

app.openapi(openApiRoute, (c) => {
  document ??= finishDocument(app.getOpenAPI31Document(documentInfo), siteOrigin(c.env));
  return c.json(document, 200, { 'cache-control': 'public, max-age=300' });
});

app.notFound((c) => renderProblem(new ApiProblem(404, 'detail.notFound'), c));
app.onError(renderProblem);
