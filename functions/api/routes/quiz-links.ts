/** POST /api/quiz-links/resolve: who a personal quiz link is for, so the quiz page can show it before starting. */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../env';
import { PUBLIC_WRITE_PROBLEMS, problems } from '../openapi';
import { resolveLinkRequestSchema, resolvedLinkSchema } from '../../schemas/roster';
import { quizLinkTokenRe } from '../../domain/quiz-link';
import { maskNip } from '../../domain/nip';
import { ApiProblem } from '../problem';
import { usableLink } from '../../certificates/quiz-links';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const resolveRoute = createRoute({
  method: 'post',
  path: '/resolve',
  summary:
    'The identity a personal quiz link carries (name, masked NIP, agency, unit from the roster). A POST so the token never appears in a URL or log; 404 unknown, 410 expired, used, replaced or holder no longer on the roster.',
  request: { body: { required: true, content: json(resolveLinkRequestSchema) } },
  responses: {
    200: { description: 'The identity', content: json(resolvedLinkSchema) },
    ...problems(400, 404, 410, ...PUBLIC_WRITE_PROBLEMS),
  },
});

export const quizLinkRoutes = apiRouter().openapi(resolveRoute, async (c) => {
  const { token } = c.req.valid('json');
  if (!quizLinkTokenRe.test(token)) throw new ApiProblem(404, 'detail.linkNotFound');
  const link = await usableLink(c.env.DB, token);
  return c.json({ name: link.name, nip: maskNip(link.nip), agency: link.agencyName, unit: link.unit, expiresAt: link.expiresAt }, 200);
});
