/** The Hono API, served under /api by the Astro catch-all endpoint and by the test worker. */
import { Hono } from 'hono';

export const app = new Hono<{ Bindings: Env }>().basePath('/api');

app.get('/health', (c) => c.json({ status: 'ok' }));
