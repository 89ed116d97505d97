// Tenant isolation and access, proven over every /api/auth and /api/admin route in the OpenAPI document
// × every persona: the expected status in each cell, and agency B's sentinel values never in any answer
// to anyone else. A new documented route without a row here fails the first test.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_A, AGENCY_B, api, createUser, sessionCookieFor, type Persona, PERSONAS, personaCookie, type TestUser } from './accounts';
import { BASE } from './helpers';
import { ROSTER_ACCESS_ROUTES } from './roster-routes';

const SENTINEL = 'ZZSENTINELB';

interface Fixture {
  users: Record<'hrA' | 'adminA' | 'adminB' | 'hrB' | 'national' | 'super' | 'disabled', TestUser>;
}
let fixture: Fixture;

const cookieOf = (persona: Persona) => personaCookie(persona, fixture.users);

const signedOut = { anonymous: 401, forged: 401, expired: 401, disabled: 401 } as const;
const adminOnly = { ...signedOut, 'hr@A': 403, national: 403, super: 403 } as const;
let inviteNumber = 0;
const superOnly = { ...signedOut, 'hr@A': 403, 'admin@A': 403, 'admin@B': 403, national: 403 } as const;
let cycleNumber = 0;
/** Cycles starting far ahead (a year apart), so the matrix never changes the current cycle. */
const futureCycle = () => {
  const n = ++cycleNumber;
  return { id: `matrix-${n}`, name: `Siklus matriks ${n}`, startsAt: `${2100 + n}-01-01`, dueAt: `${2100 + n}-06-01` };
};

/** Each documented route: how to call it and the status per persona. Public auth routes ignore the cookie (a body of the wrong shape: 400 for all). */
const MATRIX: Record<string, { body?: () => unknown; path?: () => string; expect: Record<Persona, number> }> = {
  'POST /api/auth/login': { body: () => ({}), expect: all(400) },
  'POST /api/auth/password': { body: () => ({}), expect: all(400) },
  'POST /api/auth/password-reset': { body: () => ({}), expect: all(400) },
  'GET /api/auth/me': { expect: { ...signedOut, ...signedIn(200) } },
  'POST /api/auth/logout': { expect: { ...signedOut, ...signedIn(204) } },
  'POST /api/auth/logout-all': { expect: { ...signedOut, ...signedIn(204) } },
  'GET /api/admin/users': { expect: { ...adminOnly, 'admin@A': 200, 'admin@B': 200 } },
  'GET /api/admin/users/export.csv': { expect: { ...adminOnly, 'admin@A': 200, 'admin@B': 200 } },
  'POST /api/admin/users': {
    body: () => ({ email: `matrix${++inviteNumber}@instansi.go.id`, role: 'agency_hr' }),
    expect: { ...adminOnly, 'admin@A': 201, 'admin@B': 201 },
  },
  'PATCH /api/admin/users/{userId}': {
    // A user of agency A: admin@B must not be able to tell it exists.
    path: () => `/api/admin/users/${fixture.users.hrA.id}`,
    body: () => ({ role: 'agency_hr' }),
    expect: { ...adminOnly, 'admin@A': 200, 'admin@B': 404 },
  },
  'GET /api/admin/audit': { expect: { ...adminOnly, 'admin@A': 200, 'admin@B': 200 } },
  // Election cycles: every signed-in role reads them (the report pages' selector), the super admin changes them.
  'GET /api/admin/cycles': { expect: { ...signedOut, ...signedIn(200) } },
  'POST /api/admin/cycles': { body: futureCycle, expect: { ...superOnly, super: 201 } },
  'PATCH /api/admin/cycles/{cycleId}': {
    path: () => '/api/admin/cycles/pemilu-2029',
    body: () => ({ name: 'Menuju Pemilu 2029' }),
    expect: { ...superOnly, super: 200 },
  },
  'DELETE /api/admin/cycles/{cycleId}': {
    // Created in beforeAll, in the future, so it can be deleted; the super admin's call comes last.
    path: () => '/api/admin/cycles/matrix-delete',
    expect: { ...superOnly, super: 204 },
  },
};

function all(status: number): Record<Persona, number> {
  return Object.fromEntries(PERSONAS.map((p) => [p, status])) as Record<Persona, number>;
}
function signedIn(status: number) {
  return { 'hr@A': status, 'admin@A': status, 'admin@B': status, national: status, super: status };
}

async function documentedRoutes(): Promise<string[]> {
  const doc = (await (await exports.default.fetch(`${BASE}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/auth/') || path.startsWith('/api/admin/'))
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .filter((route) => !ROSTER_ACCESS_ROUTES.includes(route)) // proven in roster-access.test.ts
    .sort();
}

beforeAll(async () => {
  fixture = {
    users: {
      hrA: await createUser('agency_hr', AGENCY_A),
      adminA: await createUser('agency_admin', AGENCY_A),
      adminB: await createUser('agency_admin', AGENCY_B, { name: `Admin ${SENTINEL}` }),
      hrB: await createUser('agency_hr', AGENCY_B, { name: `Staf ${SENTINEL}` }),
      national: await createUser('national_viewer', null),
      super: await createUser('super_admin', null),
      disabled: await createUser('agency_admin', AGENCY_A, { disabled: true }),
    },
  };
  await env.DB.prepare(
    "INSERT INTO campaigns (id, name, starts_at, due_at) VALUES ('matrix-delete', 'Dihapus', '2099-01-01T00:00:00.000Z', '2099-06-01T00:00:00.000Z')",
  ).run();
  // Agency B's own activity, so its audit log and user list hold the sentinel too.
  const cookie = await sessionCookieFor(fixture.users.adminB.id);
  await api('/api/admin/users', {
    method: 'POST',
    cookie,
    body: { email: `${SENTINEL.toLowerCase()}@balikpapan.go.id`, name: `Undangan ${SENTINEL}`, role: 'agency_hr' },
  });
});

describe('access matrix: every /api/auth and /api/admin route × every persona', () => {
  it('has a row for every documented route (a new route must say who may call it)', async () => {
    expect(await documentedRoutes()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers each persona with the expected status, and never shows agency B’s sentinel to anyone else', async () => {
    const failures: string[] = [];
    for (const route of await documentedRoutes()) {
      const cell = MATRIX[route]!;
      const [method, template] = route.split(' ') as [string, string];
      for (const persona of PERSONAS) {
        const cookie = await cookieOf(persona);
        const res = await api(cell.path?.() ?? template, { method, cookie, body: cell.body?.() });
        const text = await res.text();
        if (res.status !== cell.expect[persona]) failures.push(`${route} as ${persona}: ${res.status}, expected ${cell.expect[persona]}`);
        if (res.status >= 400 && !res.headers.get('content-type')?.startsWith('application/problem+json'))
          failures.push(`${route} as ${persona}: error not problem+json`);
        if (persona !== 'admin@B' && text.toUpperCase().includes(SENTINEL)) failures.push(`${route} as ${persona}: leaked the sentinel`);
      }
    }
    expect(failures).toEqual([]);
    // The sentinel is really there for B to see (the search above is not vacuous).
    const own = await api('/api/admin/users', { cookie: await cookieOf('admin@B') });
    expect(await own.text()).toContain(SENTINEL);
    const audit = await api('/api/admin/audit', { cookie: await cookieOf('admin@B') });
    expect((await audit.text()).toUpperCase()).toContain(SENTINEL);
  }, 120_000);
});

describe('cross-site writes', () => {
  const writes = () => Object.keys(MATRIX).filter((r) => !r.startsWith('GET '));

  it('every write from another origin is a 403 problem+json, even with a valid session, and changes nothing', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>();
    for (const route of writes()) {
      const [method, template] = route.split(' ') as [string, string];
      const cell = MATRIX[route]!;
      for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded']) {
        const res = await api(cell.path?.() ?? template, {
          method,
          cookie: await cookieOf('admin@A'),
          body: cell.body?.(),
          headers: { origin: 'https://evil.example', 'content-type': type },
        });
        expect(res.status, `${route} ${type}`).toBe(403);
        expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      }
      // A browser that sends no Origin but says the request is cross-site.
      const res = await api(cell.path?.() ?? template, {
        method,
        cookie: await cookieOf('admin@A'),
        body: cell.body?.(),
        headers: { origin: '', 'sec-fetch-site': 'cross-site' },
      });
      expect(res.status, `${route} sec-fetch-site`).toBe(403);
    }
    const after = await env.DB.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  }, 60_000);

  it('every write with a form content type from this site is a 415', async () => {
    for (const route of writes()) {
      const [method, template] = route.split(' ') as [string, string];
      const cell = MATRIX[route]!;
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await api(cell.path?.() ?? template, {
          method,
          cookie: await cookieOf('admin@A'),
          body: 'a=1',
          headers: { 'content-type': type },
        });
        expect(res.status, `${route} ${type}`).toBe(415);
      }
    }
  }, 60_000);
});
