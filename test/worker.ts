// The Worker under test: the same Hono app the Astro endpoint mounts, without the static site.
import { app } from '../functions/api/app';

export default {
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
