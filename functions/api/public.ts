/**
 * The public API: anyone may call it. Writes are JSON only (415), at most 16 KB (413) and limited per
 * client (429); reads are open.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { apiRouter } from './env';
import { ApiProblem } from './problem';
import { problems } from './openapi';
import { jsonOnly } from './middleware/json-only';
import { clientIp, rateLimit } from './middleware/rate-limit';
import { agencyRoutes } from './routes/agencies';
import { attemptRoutes } from './routes/attempts';
import { certificateRoutes } from './routes/certificates';
import { quizLinkRoutes } from './routes/quiz-links';

/** Public bodies are a participant or ten answers: a few hundred bytes. */
const PUBLIC_MAX_BODY_BYTES = 16 * 1024;
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Liveness',
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } },
    ...problems(),
  },
});

export const publicApi = apiRouter();

/** Applied to each public resource by prefix, so these rules never reach another audience's mount (/api/admin). */
const writeRules = [
  jsonOnly(),
  bodyLimit({
    maxSize: PUBLIC_MAX_BODY_BYTES,
    onError: () => {
      throw new ApiProblem(413, 'detail.tooLarge');
    },
  }),
  rateLimit({ binding: 'PUBLIC_WRITE_LIMITER', key: clientIp }),
];

publicApi.openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200));

for (const [prefix, routes] of [
  ['/agencies', agencyRoutes],
  ['/attempts', attemptRoutes],
  ['/certificates', certificateRoutes],
  ['/quiz-links', quizLinkRoutes],
] as const) {
  publicApi.on(WRITE_METHODS, [`${prefix}/*`], ...writeRules);
  publicApi.route(prefix, routes);
}
