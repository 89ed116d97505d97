// At least 300 hostile requests generated from the app's own OpenAPI document (test/worker/hostile-cases.ts),
// over every documented route and the admin mount. Each answer is a 4xx problem+json or a documented
// success, never a 5xx; rows change only by what a documented success stores.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, freshParticipant, newClientIp, passedAttempt, startAttempt } from './helpers';
import { type HostileCase, type OpenApiDocument, hostileCases } from './hostile-cases';

const STACK_TRACE_RE = /\n\s+at |node_modules|\.ts:\d+/;

async function rowCounts(): Promise<Record<string, number>> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of results) counts[name] = (await env.DB.prepare(`SELECT count(*) AS n FROM "${name}"`).first<{ n: number }>())!.n;
  return counts;
}

/** The body as text; binary answers (the PDF) are drained and count as empty. */
async function textOf(res: Response): Promise<string> {
  if (/json|text/.test(res.headers.get('content-type') ?? '')) return res.text();
  await res.arrayBuffer();
  return '';
}

/** Admin has no documented routes yet (sessions arrive with agency accounts): attack its mount directly. */
function adminCases(): HostileCase[] {
  const base = { documented: [], template: '/api/admin', headers: {} };
  return [
    { ...base, kind: 'admin', label: 'GET /api/admin', method: 'GET', url: `${BASE}/api/admin` },
    { ...base, kind: 'admin', label: 'GET /api/admin/../attempts', method: 'GET', url: `${BASE}/api/admin/%2e%2e/attempts` },
    {
      ...base,
      kind: 'admin',
      label: 'POST form from another site',
      method: 'POST',
      url: `${BASE}/api/admin/roster`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'a=1',
    },
    {
      ...base,
      kind: 'admin',
      label: 'POST JSON, spoofed session',
      method: 'POST',
      url: `${BASE}/api/admin/roster`,
      headers: { 'content-type': 'application/json', cookie: 'session=admin', authorization: 'Bearer admin' },
      body: '{}',
    },
    {
      ...base,
      kind: 'admin',
      label: 'POST 3 MB',
      method: 'POST',
      url: `${BASE}/api/admin/roster`,
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(3 * 1024 * 1024),
    },
    {
      ...base,
      kind: 'admin',
      label: 'DELETE with forwarded host',
      method: 'DELETE',
      url: `${BASE}/api/admin/accounts/1`,
      headers: { 'x-forwarded-host': 'evil.example', 'x-original-url': '/api/health' },
    },
    { ...base, kind: 'admin', label: 'PROPFIND', method: 'PROPFIND', url: `${BASE}/api/admin/` },
  ];
}

describe('hostile input generated from the OpenAPI document', () => {
  let cases: HostileCase[] = [];
  let before: Record<string, number> = {};

  beforeAll(async () => {
    const doc = (await (await exports.default.fetch(`${BASE}/api/openapi.json`)).json()) as OpenApiDocument;
    const { code } = await passedAttempt();
    const attempt = await startAttempt();
    // Real question ids with an option that exists in none: shaped right, so every mutation reaches
    // the handler's own checks, but never a valid submission.
    const answers = attempt.questions.map((q) => ({ questionId: q.id, optionId: '99' }));
    cases = [
      ...hostileCases(doc, {
        base: BASE,
        pathValues: { attemptId: attempt.attemptId, code },
        bodies: { '/api/attempts': { participant: freshParticipant(), locale: 'id' }, '/api/attempts/{attemptId}/submit': { answers } },
      }),
      ...adminCases(),
    ];
    before = await rowCounts();
  });

  it('answers every case with a 4xx problem or a documented success, stores nothing else', async () => {
    const tally = new Map<string, { sent: number; statuses: Map<number, number> }>();
    const failures: string[] = [];
    let started = 0;

    for (const c of cases) {
      const headers = { 'cf-connecting-ip': newClientIp(), ...c.headers };
      const body = typeof c.body === 'function' ? c.body() : c.body;
      let res: Response;
      try {
        res = await exports.default.fetch(
          new Request(c.url, { method: c.method, headers, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) }),
        );
      } catch (error) {
        failures.push(`${c.label}: the request threw ${String(error).slice(0, 120)}`);
        continue;
      }
      const text = c.method === 'HEAD' ? '' : await textOf(res);
      const entry = tally.get(c.kind) ?? { sent: 0, statuses: new Map() };
      entry.sent++;
      entry.statuses.set(res.status, (entry.statuses.get(res.status) ?? 0) + 1);
      tally.set(c.kind, entry);

      const problem = (why: string) => failures.push(`${c.label} → ${res.status} ${why}: ${text.slice(0, 160)}`);
      if (res.status >= 500) problem('server error');
      else if (res.status >= 400) {
        if (!res.headers.get('content-type')?.startsWith('application/problem+json'))
          problem(`not problem+json (${res.headers.get('content-type')})`);
        else if (JSON.parse(text).status !== res.status) problem('problem status differs');
      } else if (!c.documented.includes(String(res.status))) problem('undocumented success');
      if (STACK_TRACE_RE.test(text)) problem('internals in the body');
      if (c.spoofedHost && (text.includes(c.spoofedHost) || [...res.headers.values()].some((v) => v.includes(c.spoofedHost!))))
        problem('echoes the spoofed host');
      if (res.status === 201 && c.template === '/api/attempts') started++;
    }

    const lines = [...tally].map(
      ([kind, { sent, statuses }]) =>
        `  ${kind.padEnd(13)} ${String(sent).padStart(4)}  ${[...statuses]
          .sort()
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
    );
    console.log(`hostile requests: ${cases.length} sent over ${new Set(cases.map((c) => c.template)).size} routes\n${lines.join('\n')}`);

    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    // Only a documented success stores anything: one attempt per 201, and no certificate at all.
    const after = await rowCounts();
    expect(after).toEqual({ ...before, attempts: before.attempts! + started });
    expect(started).toBeGreaterThan(0); // the generator's valid bodies do reach the handler
  }, 120_000);
});

describe('bodies the API would misread', () => {
  // A fresh NIP per request: one NIP may start only 3 quizzes a minute (QUIZ_START_LIMITER).
  const participantBody = () => JSON.stringify({ participant: freshParticipant() });
  for (const [label, headers] of [
    ['declared gzip, sent plain', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    ['declared br', { 'content-type': 'application/json', 'content-encoding': 'br' }],
    ['declared UTF-16', { 'content-type': 'application/json; charset=utf-16' }],
    ['declared Latin-1 (quoted)', { 'content-type': 'application/json; charset="iso-8859-1"' }],
  ] as const) {
    it(`${label}: 415, nothing stored`, async () => {
      const before = await rowCounts();
      const res = await exports.default.fetch(`${BASE}/api/attempts`, {
        method: 'POST',
        headers: { ...headers, 'cf-connecting-ip': newClientIp() },
        body: participantBody(),
      });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await rowCounts()).toEqual(before);
    });
  }

  it('UTF-8 declared (any spelling) or identity coding is accepted', async () => {
    for (const headers of [
      { 'content-type': 'application/json; charset="UTF-8"' } as Record<string, string>,
      { 'content-type': 'application/json', 'content-encoding': 'identity' },
    ]) {
      const res = await exports.default.fetch(`${BASE}/api/attempts`, {
        method: 'POST',
        headers: { ...headers, 'cf-connecting-ip': newClientIp() },
        body: participantBody(),
      });
      expect(res.status).toBe(201);
    }
  });
});
