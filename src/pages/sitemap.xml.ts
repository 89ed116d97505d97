/** sitemap.xml: every page in both languages, each with its hreflang alternates. */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../functions/schemas/content';
import { sitemapEntries } from '../lib/sitemap';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const urls = (await sitemapEntries()).flatMap(({ paths, lastmod }) =>
    LOCALES.map((lang) => {
      const alternates = LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(paths[l])}"/>`).join('');
      const modified = lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : '';
      return `<url><loc>${url(paths[lang])}</loc>${modified}${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${url(paths.id)}"/></url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
