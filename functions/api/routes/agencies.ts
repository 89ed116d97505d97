/** GET /api/agencies?q= — the agency picker's search. */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../env';
import { problems } from '../openapi';
import { agencySearchQuerySchema, agencySearchResponseSchema } from '../../schemas/agencies';
import { searchAgencies } from '../../storage/agencies';
import { t } from '../../i18n/messages';

const searchRoute = createRoute({
  method: 'get',
  path: '/',
  summary:
    'Search agencies (instansi), at most 20, best first: official names, short names (PPU, Kemenag, BKN), Pemkab/Kota/Pemprov forms and small typos. Unit words (dinas, SDN, puskesmas) are set aside and answered with a hint.',
  request: { query: agencySearchQuerySchema },
  responses: {
    200: {
      description: 'Matching agencies, best first, and a hint when the query needs one',
      content: { 'application/json': { schema: agencySearchResponseSchema } },
    },
    ...problems(400),
  },
});

const HINT_MESSAGES = { unit: 'agencySearch.unit', noMatch: 'agencySearch.noMatch' } as const;

export const agencyRoutes = apiRouter().openapi(searchRoute, async (c) => {
  const { q } = c.req.valid('query');
  const { agencies, match, hint } = await searchAgencies(c.env.DB, q);
  const body = { agencies, match, hint: hint && { reason: hint, message: t(c.get('locale'), HINT_MESSAGES[hint]) } };
  // The list changes only with a migration: let phones and the edge cache it briefly. The hint's
  // language follows the request, so caches keep one copy per language.
  return c.json(body, 200, { 'cache-control': 'public, max-age=3600', vary: 'Accept-Language' });
});
