// The API's contract as a whole: the OpenAPI document matches the routes the app really has, errors
// from any layer (ours or Hono's own middleware) are problem+json in the request's language, and
// absolute URLs come from the configured site origin, never the request's Host.
import { env, exports } from 'cloudflare:workers';
import { inspectRoutes } from 'hono/dev';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app';
import type { Problem } from '../../functions/schemas/problem';
import type { SubmitResponse } from '../../functions/schemas/attempts';
import type { CertificateView } from '../../functions/schemas/certificates';
import { BASE, answersWith, newClientIp, passedAttempt, startAttempt } from './helpers';
import { AGENCY_A, createUser, sessionCookieFor } from './accounts';

interface OpenApiDocument {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>>;
}

const fetchApi = (path: string, init?: RequestInit) => exports.default.fetch(`${BASE}${path}`, init);
const openApiDocument = async () => (await (await fetchApi('/api/openapi.json')).json()) as OpenApiDocument;

/** Routes the app answers (Hono also lists middleware, which inspectRoutes tells apart), as "METHOD /path/{param}". */
function registeredRoutes(): string[] {
  const routes = inspectRoutes(app)
    .filter((r) => !r.isMiddleware)
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

async function expectProblem(res: Response, status: number, locale: 'id' | 'en') {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(res.headers.get('content-language')).toBe(locale);
  expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:netral-asn:problem:/) });
  return body;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the configured site origin as its server, whatever the Host', async () => {
    const res = await exports.default.fetch('http://evil.example/api/openapi.json');
    const doc = (await res.json()) as OpenApiDocument;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: env.SITE_ORIGIN }]);
  });

  it('describes exactly the routes the app registers', async () => {
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThanOrEqual(7);
    expect(documentedRoutes(await openApiDocument())).toEqual(registered);
  });

  it('documents the language parameters and problem responses on every operation', async () => {
    for (const [path, item] of Object.entries((await openApiDocument()).paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(
          operation.parameters?.map((p) => `${p.in}:${p.name}`),
          where,
        ).toEqual(expect.arrayContaining(['query:lang', 'header:Accept-Language']));
        expect(operation.responses['500'], where).toBeDefined();
      }
    }
    const start = (await openApiDocument()).paths['/api/attempts']!.post!;
    expect(Object.keys(start.responses).sort()).toEqual(['201', '400', '404', '410', '413', '415', '429', '500', '503']);
    expect(JSON.stringify(start)).toContain('"nip"');
  });

  it('every documented route answers (no 404 or 405 from routing)', async () => {
    const { attemptId } = await startAttempt();
    const samples: Record<string, string> = { attemptId, code: 'NA-DEM0-2026-0001' };
    const doc = await openApiDocument();
    for (const route of documentedRoutes(doc)) {
      const [method, template] = route.split(' ') as [string, string];
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => samples[name] ?? 'x');
      const res = await fetchApi(path, {
        method,
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': newClientIp() },
        body: method === 'GET' ? undefined : '{}',
      });
      // Routing answered if the status is not 404/405, or if it is a 404 with the route's own message.
      const body = res.headers.get('content-type')?.includes('problem') ? ((await res.json()) as Problem) : null;
      expect([405].includes(res.status) || body?.type === 'urn:netral-asn:problem:notFound', `${route} → ${res.status}`).toBe(false);
    }
  });
});

describe('errors from every layer are problem+json in the request language', () => {
  it('an unknown path is a 404 in Indonesian by default and in English with ?lang=en', async () => {
    expect((await expectProblem(await fetchApi('/api/nothing-here'), 404, 'id')).title).toBe('Tidak ditemukan');
    expect((await expectProblem(await fetchApi('/api/nothing-here?lang=en'), 404, 'en')).title).toBe('Not found');
  });

  it('Accept-Language is read with its q-values, and ?lang= wins over it', async () => {
    const preferEnglish = await fetchApi('/api/nothing-here', { headers: { 'accept-language': 'fr;q=1, en;q=0.8, id;q=0.5' } });
    expect((await expectProblem(preferEnglish, 404, 'en')).title).toBe('Not found');
    const queryWins = await fetchApi('/api/nothing-here?lang=id', { headers: { 'accept-language': 'en' } });
    await expectProblem(queryWins, 404, 'id');
  });

  it('the admin API answers 401 without a session, before looking at the body', async () => {
    const body = await expectProblem(await fetchApi('/api/admin/anything?lang=en'), 401, 'en');
    expect(body.detail).toContain('agency account');
    const post = await fetchApi('/api/admin/rosters', {
      method: 'POST',
      headers: { origin: env.SITE_ORIGIN, 'content-type': 'application/json' },
      body: '{}',
    });
    await expectProblem(post, 401, 'id');
  });

  it("Hono's own CSRF check (403) is rendered as problem+json", async () => {
    const res = await fetchApi('/api/admin/rosters?lang=en', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: 'x',
    });
    expect((await expectProblem(res, 403, 'en')).title).toBe('Forbidden');
  });

  it("Hono's own body limit (413) is rendered as problem+json", async () => {
    const cookie = await sessionCookieFor((await createUser('agency_admin', AGENCY_A)).id);
    const res = await fetchApi('/api/admin/users', {
      method: 'POST',
      headers: { origin: env.SITE_ORIGIN, 'content-type': 'application/json', cookie },
      body: JSON.stringify({ rows: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect((await expectProblem(res, 413, 'id')).detail).toBe('Isi permintaan terlalu besar.');
  });

  it('a path parameter that cannot name an attempt is a 404, before the body is read', async () => {
    const res = await fetchApi('/api/attempts/not-a-uuid/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': newClientIp() },
      body: 'not json',
    });
    expect((await expectProblem(res, 404, 'id')).detail).toBe('Sesi kuis tidak ditemukan. Mulai kuis baru.');
  });
});

describe('absolute URLs', () => {
  it('come from the configured site origin, not the request Host', async () => {
    const attempt = await startAttempt();
    const res = await exports.default.fetch(`http://evil.example/api/attempts/${attempt.attemptId}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': newClientIp(), host: 'evil.example' },
      body: JSON.stringify({ answers: await answersWith(attempt.attemptId, 0) }),
    });
    const { certificate } = (await res.json()) as SubmitResponse;
    expect(certificate!.verifyUrl).toBe(`${env.SITE_ORIGIN}/verifikasi/${certificate!.code}`);
    expect(certificate!.pdfUrl).toBe(`${env.SITE_ORIGIN}/api/certificates/${certificate!.code}/pdf`);
    const view = (await (
      await exports.default.fetch(`http://evil.example/api/certificates/${certificate!.code}`)
    ).json()) as CertificateView;
    expect(view.verifyUrl).toBe(`${env.SITE_ORIGIN}/verifikasi/${certificate!.code}`);
  });

  it('the signed content is the one the view shows (issued and read through the same builder)', async () => {
    const { code, participant } = await passedAttempt();
    const row = await env.DB.prepare('SELECT nip FROM certificates WHERE code = ?').bind(code).first<{ nip: string }>();
    const view = (await (await fetchApi(`/api/certificates/${code}`)).json()) as CertificateView;
    expect(row!.nip).toBe(participant.nip);
    expect(view.nip).toBe('198503**********01');
  });
});
