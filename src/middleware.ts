// Every on-demand response goes through here. Pages: the cross-site form check (Astro's own is off so
// that /api/* can answer with its own contract) and the security headers; static files get the same
// SITE_HEADERS from public/_headers. /api/*: the Hono app sets its own headers and problem answers.
import { defineMiddleware } from 'astro:middleware';
import { SITE_HEADERS, withHeaders } from '../functions/http/security-headers';
import { drainRequestBody } from '../functions/http/drain';
import { isCrossSiteForm } from '../functions/http/cross-site';
import { pageFailure } from '../functions/http/page-failure';

const API_PREFIX = '/api/';
/** The agency dashboard in either language: private, never for search engines (its redirects included). */
const adminPathRe = /^\/(?:en\/)?admin(?:\/|$)/;
const NOINDEX = { 'X-Robots-Tag': 'noindex, nofollow' };

export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url } = context;
  if (url.pathname.startsWith(API_PREFIX)) return next();
  let response: Response;
  if (!context.isPrerendered && isCrossSiteForm(request, url)) {
    response = new Response(`Cross-site ${request.method} form submissions are forbidden`, {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  } else {
    try {
      response = await next();
    } catch (error) {
      // A page that throws still answers with its headers and words a person understands; the log names the
      // page and the kind of error, never a request body or personal data.
      console.error(`Unhandled page error ${request.method} ${url.pathname}`, error instanceof Error ? error.name : 'error');
      response = pageFailure();
    }
  }
  // An early answer must not strand the body (see functions/http/drain.ts).
  await drainRequestBody(request);
  return withHeaders(response, adminPathRe.test(url.pathname) ? { ...SITE_HEADERS, ...NOINDEX } : SITE_HEADERS);
});
