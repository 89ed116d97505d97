// Every kind of response the served product gives (static files, on-demand pages, the 404 page, API
// answers and each problem status, the certificate PDF) carries the security headers, on the real runtime.
import { readdirSync } from 'node:fs';
import { type APIResponse, expect, test } from '@playwright/test';
import { API_HEADERS, SITE_HEADERS } from '../../functions/http/security-headers';
import { ADMIN_PATHS } from '../../src/i18n/admin';
import { freshNip } from './quiz-support';
import { getFrom, type LoopbackResponse } from './loopback-client';

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const DEMO_CODE = 'NA-DEM0-2026-0001';

/**
 * What every response must have, stated here rather than read from the constants (so weakening the
 * constants fails the test): HSTS, nosniff, no framing, a CSP without inline script, the referrer,
 * permissions and opener policies.
 */
function expectBaseline(res: Pick<APIResponse, 'headers'>, what: string) {
  const h = res.headers();
  expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1]), `${what}: HSTS`).toBeGreaterThanOrEqual(31_536_000);
  expect(h['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  const csp = h['content-security-policy'] ?? '';
  expect(csp, `${what}: frame-ancestors`).toContain("frame-ancestors 'none'");
  const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scripts, `${what}: CSP governs scripts`).not.toBe('');
  expect(scripts, `${what}: no inline script`).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  expect(h['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], `${what}: Permissions-Policy`).toContain('camera=()');
  expect(h['cross-origin-opener-policy'], `${what}: COOP`).toBe('same-origin');
}

/** A few built files of each static kind: script, style, font, image, Pagefind's index. */
function staticFiles(): string[] {
  const files = readdirSync('dist/client', { recursive: true, encoding: 'utf8' }).map((f) => `/${f.replaceAll('\\', '/')}`);
  const pick = (re: RegExp) => files.filter((f) => re.test(f)).slice(0, 2);
  return [
    ...pick(/^\/_astro\/.*\.js$/),
    ...pick(/^\/_astro\/.*\.css$/),
    ...pick(/\.(woff2?|svg|png|ico)$/),
    ...pick(/^\/pagefind\/.*\.(js|json|pf_meta)$/),
  ];
}

test('static files, pages, the on-demand verify page and the 404 page carry the site headers', async ({ request }) => {
  const paths = [
    '/',
    '/aturan/media-sosial',
    '/en/quiz',
    '/robots.txt',
    '/sitemap.xml',
    `/verifikasi/${DEMO_CODE}`,
    `/en/verify/${DEMO_CODE}`,
    '/halaman-yang-tidak-ada',
    ...staticFiles(),
  ];
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(path === '/halaman-yang-tidak-ada' ? 404 : 200);
    expect(res.headers(), path).toMatchObject(lower(SITE_HEADERS));
    expectBaseline(res, path);
  }
});

test('a page’s own refusal (cross-site form, 403) carries the site headers', async ({ request }) => {
  const res = await request.post(`/verifikasi/${DEMO_CODE}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    data: 'code=x',
  });
  expect(res.status()).toBe(403);
  expectBaseline(res, 'page 403');
  expect(res.headers()).toMatchObject(lower(SITE_HEADERS));
});

test('API answers, every problem status and the certificate PDF carry the API headers and noindex', async ({ request }) => {
  const json = { 'content-type': 'application/json' };
  const cases: [number, string, () => Promise<APIResponse>][] = [
    [200, 'health', () => request.get('/api/health')],
    [200, 'certificate', () => request.get(`/api/certificates/${DEMO_CODE}`)],
    [200, 'OpenAPI', () => request.get('/api/openapi.json')],
    [400, 'invalid body', () => request.post('/api/attempts', { headers: json, data: '{}' })],
    [401, 'admin without a session', () => request.get('/api/admin/reports')],
    [
      403,
      'admin cross-site form',
      () =>
        request.post('/api/admin/roster', {
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
          data: 'a=1',
        }),
    ],
    [404, 'unknown certificate', () => request.get('/api/certificates/NA-0000-0000-0000')],
    [404, 'unknown route', () => request.get('/api/nothing-here')],
    [413, 'body over 16 KB', () => request.post('/api/attempts', { headers: json, data: JSON.stringify({ pad: 'x'.repeat(20_000) }) })],
    [415, 'not JSON', () => request.post('/api/attempts', { headers: { 'content-type': 'text/plain' }, data: 'x' })],
  ];
  for (const [status, what, send] of cases) {
    const res = await send();
    expect(res.status(), what).toBe(status);
    expectBaseline(res, what);
    expect(res.headers(), what).toMatchObject(lower(API_HEADERS));
    expect(res.headers()['x-robots-tag'], what).toContain('noindex');
    if (status >= 400) expect(res.headers()['content-type'], what).toContain('application/problem+json');
  }

  // 429: one NIP starting quiz after quiz runs into its limit (3 a minute), and the answer says when to retry.
  const participant = { nip: freshNip(), name: 'Uji Batas', agencyId: 'kab-34.02' };
  let limited: APIResponse | undefined;
  for (let i = 0; i < 10 && !limited; i++) {
    const res = await request.post('/api/attempts', {
      headers: json,
      data: JSON.stringify({ participant, locale: 'id' }),
    });
    if (res.status() === 429) limited = res;
  }
  expect(limited, 'a 429 within 10 starts by one NIP').toBeDefined();
  expectBaseline(limited!, '429');
  expect(limited!.headers()).toMatchObject(lower(API_HEADERS));
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);

  const pdf = await request.get(`/api/certificates/${DEMO_CODE}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expectBaseline(pdf, 'PDF');
  expect(pdf.headers()['x-robots-tag']).toContain('noindex');
  // 503 (database down, signing key or rate-limit binding missing) cannot be provoked on a healthy
  // runtime; test/worker/faults.test.ts checks those answers carry the same API headers.
});

test('every admin page, signed out (its redirect) and signed in, carries the site headers and noindex', async ({ request }) => {
  const paths = Object.values(ADMIN_PATHS).flatMap((p) => [p.id, p.en]);
  const check = async (label: string) => {
    for (const path of paths) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), `${label} ${path}`).toBeLessThan(400);
      expectBaseline(res, `${label} ${path}`);
      expect(res.headers()['x-robots-tag'], `${label} ${path}`).toContain('noindex');
    }
  };
  await check('signed out');
  // The demo agency admin (scripts/seed-local.mjs); the request context keeps the session cookie.
  const login = await request.post('/api/auth/login', {
    headers: { 'content-type': 'application/json' },
    data: JSON.stringify({ email: 'admin@bantul.example.id', password: 'demo-admin-bantul-2026' }),
  });
  expect(login.status()).toBe(200);
  await check('signed in');
});

test('the PDF served from the cache and the PDF limit (429) carry the API headers and noindex', async ({ baseURL }) => {
  // Its own address (another loopback address): the PDF limit (30 a minute per client) is then this test's alone.
  let limited: LoopbackResponse | undefined;
  const cacheStates = new Set<string>();
  // 70 tries: enough for 30 in one window even if a window ends during the burst.
  for (let i = 0; i < 70 && !limited; i++) {
    const res = await getFrom('127.0.77.1', baseURL!, `/api/certificates/${DEMO_CODE}/pdf`);
    if (res.status() === 429) limited = res;
    else {
      expect(res.status()).toBe(200);
      cacheStates.add(res.headers()['x-cache'] ?? '');
      expectBaseline(res, `PDF (${res.headers()['x-cache']})`);
      expect(res.headers()['x-robots-tag']).toContain('noindex');
    }
  }
  expect(cacheStates.has('hit'), 'a PDF served from the cache').toBe(true);
  expect(limited, 'a 429 within 70 PDFs from one client').toBeDefined();
  expectBaseline(limited!, 'PDF 429');
  expect(limited!.headers()).toMatchObject(lower(API_HEADERS));
  expect(limited!.headers()['content-type']).toContain('application/problem+json');
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
});

test('on the local runtime a client cannot choose its rate-limit key with CF-Connecting-IP or MF-CF-Blob', async ({ baseURL }) => {
  // What Cloudflare guarantees in production, the local edge does here: the key is the connection's
  // address. A client rotating the headers on every request is still one client and meets the PDF limit.
  let limitedAt = 0;
  for (let i = 1; i <= 70 && !limitedAt; i++) {
    const spoofed = {
      'cf-connecting-ip': `198.51.100.${i}`,
      'mf-cf-blob': JSON.stringify({ clientIp: `198.51.100.${i}` }),
      'x-forwarded-for': `203.0.113.${i}`,
    };
    const res = await getFrom('127.0.66.1', baseURL!, `/api/certificates/${DEMO_CODE}/pdf`, spoofed);
    if (res.status() === 429) limitedAt = i;
    else expect(res.status()).toBe(200);
  }
  // 30 a minute per client: the 31st is refused (or, if a window ends during the burst, the 61st at most).
  expect(limitedAt).toBeGreaterThan(30);
  expect(limitedAt).toBeLessThanOrEqual(61);
});
