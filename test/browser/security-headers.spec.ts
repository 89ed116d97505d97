// The served product (static assets, on-demand pages, the API) sends the security headers.
import { expect, test } from '@playwright/test';
import { API_HEADERS, SITE_HEADERS } from '../../functions/http/security-headers';

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

test('static pages, the on-demand verify page and the 404 page carry the site headers', async ({ request }) => {
  for (const path of ['/', '/aturan/media-sosial', '/en/quiz', '/verifikasi/NA-DEM0-2026-0001', '/halaman-yang-tidak-ada']) {
    const res = await request.get(path);
    expect(res.headers(), path).toMatchObject(lower(SITE_HEADERS));
  }
});

test('API responses carry the API headers', async ({ request }) => {
  for (const path of ['/api/health', '/api/certificates/NA-0000-0000-0000']) {
    const res = await request.get(path);
    expect(res.headers(), path).toMatchObject(lower(API_HEADERS));
  }
});
