/** GET /api/agencies?q= — the agency picker's search. */
import { Hono } from 'hono';
import type { AppEnv } from '../app';
import { agencySearchQuerySchema } from '../../schemas/api';
import { searchAgencies } from '../../storage/agencies';
import { query } from '../validate';

export const agencyRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { q } = query(c, agencySearchQuerySchema);
  const agencies = await searchAgencies(c.env.DB, q);
  // The list changes only with a migration: let phones and the edge cache it briefly.
  return c.json({ agencies }, 200, { 'cache-control': 'public, max-age=3600' });
});
