// Mounts the Hono API (functions/api) under /api/* inside the Astro Worker.
import type { APIRoute } from 'astro';
import { env } from 'cloudflare:workers';
import { app } from '../../../functions/api/app';

export const prerender = false;

export const ALL: APIRoute = ({ request, locals }) =>
  app.fetch(request, env as unknown as Env, (locals as { cfContext?: ExecutionContext }).cfContext);
