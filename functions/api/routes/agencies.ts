/** GET /api/agencies?q= — the agency picker's search. */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../env';
import { problems } from '../openapi';
import { agencySearchQuerySchema, agencySearchResponseSchema } from '../../schemas/agencies';
import { searchAgencies } from '../../storage/agencies';

const searchRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Search agencies (instansi): every word must match, at most 20',
  request: { query: agencySearchQuerySchema },
  responses: {
    200: { description: 'Matching agencies, best first', content: { 'application/json': { schema: agencySearchResponseSchema } } },
    ...problems(400),
  },
});

export const agencyRoutes = apiRouter().openapi(searchRoute, async (c) => {
  const { q } = c.req.valid('query');
  const agencies = await searchAgencies(c.env.DB, q);
  // The list changes only with a migration: let phones and the edge cache it briefly.
  return c.json({ agencies }, 200, { 'cache-control': 'public, max-age=3600' });
});
