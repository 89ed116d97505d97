// Security headers on every on-demand response (API and server-rendered pages). Static files get
// the same SITE_HEADERS from public/_headers.
import { defineMiddleware } from 'astro:middleware';
import { API_HEADERS, SITE_HEADERS, withHeaders } from '../functions/http/security-headers';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  return withHeaders(response, context.url.pathname.startsWith('/api/') ? API_HEADERS : SITE_HEADERS);
});
