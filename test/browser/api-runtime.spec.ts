// The API as the real local runtime serves it (wrangler dev: workerd behind miniflare's HTTP pool, with the
// local edge in front), not only as the Hono app sees it in the worker tests.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { API_HEADERS, SITE_HEADERS } from '../../functions/http/security-headers';
import { verifyCertificate } from '../../functions/domain/certificate';
import type { CertificateView } from '../../functions/schemas/certificates';

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

test('a text/plain or form POST to the API from another site gets the API’s own 415 problem, with every header', async ({ request }) => {
  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
    // No Origin: what a script or a cross-site form sends.
    const res = await request.post('/api/attempts?lang=en', { headers: { 'content-type': contentType }, data: 'participant=x' });
    expect(res.status(), contentType).toBe(415);
    expect(res.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers()).toMatchObject(lower(API_HEADERS));
    expect(await res.json()).toMatchObject({ status: 415, title: 'Unsupported request format' });
  }
});

test('the seeded demo certificate verifies with the published key (the seed signs through the API’s own module)', async ({ request }) => {
  const view = (await (await request.get('/api/certificates/NA-DEM0-2026-0001')).json()) as CertificateView;
  const publicKey = (await (await request.get('/api/certificates/public-key')).json()) as JsonWebKey;
  const { signature, status: _status, verifyUrl: _url, ...content } = view;
  expect(content.nip).toMatch(/^\d{6}\*{10}\d{2}$/);
  expect(await verifyCertificate(content, signature, publicKey)).toBe(true);
});

test('pages still refuse a cross-site form post, with the site headers', async ({ request }) => {
  const res = await request.post('/verifikasi/NA-DEM0-2026-0001', {
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    data: 'code=x',
  });
  expect(res.status()).toBe(403);
  expect(res.headers()).toMatchObject(lower(SITE_HEADERS));
});

test('a keep-alive burst of early answers with unread bodies, mixed with reads, never gets a 5xx', async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL!);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const big = 'x'.repeat(20 * 1024);
  const sameOrigin = { origin: baseURL! };
  // The 29 unknown-attempt submits pass the JSON and size checks, so they count against this address's
  // write limit (600 a minute): well within it.
  const requests = [
    () => ({ method: 'POST', path: '/api/attempts', headers: { 'content-type': 'text/plain' }, body: big }), // 415
    () => ({
      method: 'POST',
      path: '/api/attempts',
      headers: { 'content-type': 'application/json', ...sameOrigin },
      body: JSON.stringify({ unit: big }),
    }), // 413
    () => ({ method: 'POST', path: '/api/attempts', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `a=${big}` }), // 415
    () => ({ method: 'GET', path: '/api/health', headers: {} }),
    () => ({ method: 'GET', path: '/api/certificates/NA-DEM0-2026-0001', headers: {} }),
    () => ({
      method: 'POST',
      path: '/api/attempts/00000000-0000-4000-8000-000000000099/submit',
      headers: { 'content-type': 'application/json', ...sameOrigin },
      body: '{"answers":[]}',
    }), // 404
    () => ({ method: 'POST', path: '/verifikasi/NA-DEM0-2026-0001', headers: { 'content-type': 'text/plain' }, body: big }), // 403
  ];
  const send = (r: { method: string; path: string; headers: Record<string, string>; body?: string }) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: hostname, port, method: r.method, path: r.path, headers: r.headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      });
      req.on('error', reject);
      req.end(r.body);
    });
  try {
    const statuses = await Promise.all(Array.from({ length: 200 }, (_, i) => send(requests[i % requests.length]!())));
    const tally: Record<number, number> = {};
    for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
    expect(
      statuses.filter((s) => s >= 500),
      JSON.stringify(tally),
    ).toEqual([]);
    // The early answers really were early answers, not something else.
    expect(Object.keys(tally).map(Number).sort()).toEqual([200, 403, 404, 413, 415]);
  } finally {
    agent.destroy();
  }
});
