// Tenant isolation of the roster, report, links, reminders, revocation and national routes: every one of them in
// the OpenAPI document × the nine personas of access-matrix.test.ts, with agency B's planted sentinel
// never in any answer to anyone but B, another agency's import id or certificate code a 404, and
// cross-site writes refused.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_A, AGENCY_B, createUser, type Persona, PERSONAS, personaCookie, type TestUser } from './accounts';
import { BASE, newClientIp } from './helpers';
import { importRoster, rosterCsv, scopeFor, syntheticNip, typedAttempt } from './roster-support';
import { stageImport } from '../../functions/storage/roster';
import { parseRoster } from '../../functions/domain/roster';
import { ROSTER_ACCESS_ROUTES } from './roster-routes';

const SENTINEL = 'ZZSENTINELB';

let users: Record<'hrA' | 'adminA' | 'adminB' | 'national' | 'super' | 'disabled', TestUser>;
const A_MEMBER = { nip: syntheticNip(7000), name: 'Anggota Bantul', unit: 'Dinas Pendidikan' };

const cookieOf = (persona: Persona) => personaCookie(persona, users);

/** A staged import of agency A (a fresh one per cell: applying or discarding spends it). */
async function stagedImportOfA(): Promise<number> {
  const parsed = parseRoster(new TextEncoder().encode(rosterCsv([A_MEMBER])));
  if (!parsed.ok) throw new Error('bad fixture');
  return (await stageImport(env.DB, scopeFor(AGENCY_A), parsed.roster, { sha256: '0'.repeat(64), now: new Date() })).id;
}

/** A valid certificate of agency A (a fresh one per cell: revoking spends it). */
async function certificateOfA(): Promise<string> {
  const { result } = await typedAttempt({ nip: syntheticNip(7100), name: 'Pemegang Bantul', agencyId: AGENCY_A }, 0);
  return result.certificate!.code;
}

const signedOut = { anonymous: 401, forged: 401, expired: 401, disabled: 401 } as const;
const staffOnly = (ok: number) => ({ ...signedOut, 'hr@A': ok, 'admin@A': ok, 'admin@B': ok, national: 403, super: 403 });
const aObject = (ok: number) => ({ ...signedOut, 'hr@A': ok, 'admin@A': ok, 'admin@B': 404, national: 403, super: 403 });

interface Cell {
  path: () => Promise<string> | string;
  body?: () => unknown;
  contentType?: string;
  expect: Record<Persona, number>;
}

const MATRIX: Record<string, Cell> = {
  'POST /api/admin/roster/imports': {
    path: () => '/api/admin/roster/imports',
    body: () => rosterCsv([A_MEMBER]),
    contentType: 'text/csv',
    expect: staffOnly(201),
  },
  'GET /api/admin/roster/imports/{importId}': {
    path: async () => `/api/admin/roster/imports/${await stagedImportOfA()}`,
    expect: aObject(200),
  },
  'POST /api/admin/roster/imports/{importId}/apply': {
    path: async () => `/api/admin/roster/imports/${await stagedImportOfA()}/apply`,
    body: () => ({ confirmLeavers: true }),
    expect: aObject(200),
  },
  'DELETE /api/admin/roster/imports/{importId}': {
    path: async () => `/api/admin/roster/imports/${await stagedImportOfA()}`,
    expect: aObject(204),
  },
  'POST /api/admin/roster/links': { path: () => '/api/admin/roster/links', body: () => ({}), expect: staffOnly(200) },
  'GET /api/admin/roster/links.csv': { path: () => '/api/admin/roster/links.csv', expect: staffOnly(200) },
  'POST /api/admin/roster/members/{nip}/link': { path: () => `/api/admin/roster/members/${A_MEMBER.nip}/link`, expect: aObject(201) },
  'POST /api/admin/reminders': { path: () => '/api/admin/reminders', body: () => ({ dryRun: true }), expect: staffOnly(200) },
  'GET /api/admin/report': { path: () => '/api/admin/report', expect: staffOnly(200) },
  'GET /api/admin/pending': { path: () => '/api/admin/pending', expect: staffOnly(200) },
  'GET /api/admin/national': {
    path: () => '/api/admin/national',
    expect: { ...signedOut, 'hr@A': 403, 'admin@A': 403, 'admin@B': 403, national: 200, super: 200 },
  },
  'POST /api/admin/certificates/{code}/revoke': {
    path: async () => `/api/admin/certificates/${await certificateOfA()}/revoke`,
    body: () => ({ reason: 'Uji matriks akses' }),
    expect: { ...signedOut, 'hr@A': 403, 'admin@A': 200, 'admin@B': 404, national: 403, super: 403 },
  },
  'GET /api/admin/exports': { path: () => '/api/admin/exports', expect: staffOnly(200) },
  'GET /api/admin/exports/certificates.csv': { path: () => '/api/admin/exports/certificates.csv?cycle=all', expect: staffOnly(200) },
  'GET /api/admin/exports/pending.csv': { path: () => '/api/admin/exports/pending.csv', expect: staffOnly(200) },
  'GET /api/admin/exports/certificates.zip': { path: () => '/api/admin/exports/certificates.zip', expect: staffOnly(200) },
  'GET /api/admin/exports/certificates.pdf': { path: () => '/api/admin/exports/certificates.pdf', expect: staffOnly(200) },
};

function call(path: string, method: string, cell: Cell, cookie: string | undefined, headers: Record<string, string> = {}) {
  // Like every admin write, a DELETE goes out as JSON (the browser pages send it so).
  const hasBody = method !== 'GET';
  const body = cell.body?.();
  return exports.default.fetch(`${BASE}${path}`, {
    method,
    headers: {
      'cf-connecting-ip': newClientIp(),
      ...(cookie ? { cookie } : {}),
      ...(method !== 'GET' ? { origin: BASE } : {}),
      ...(hasBody ? { 'content-type': cell.contentType ?? 'application/json' } : {}),
      ...headers,
    },
    body: hasBody ? (typeof body === 'string' ? body : JSON.stringify(body ?? {})) : undefined,
  });
}

async function documentedAdminRoutes(): Promise<string[]> {
  const doc = (await (await exports.default.fetch(`${BASE}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .filter((route) => ROSTER_ACCESS_ROUTES.includes(route))
    .sort();
}

beforeAll(async () => {
  users = {
    hrA: await createUser('agency_hr', AGENCY_A),
    adminA: await createUser('agency_admin', AGENCY_A),
    adminB: await createUser('agency_admin', AGENCY_B),
    national: await createUser('national_viewer', null),
    super: await createUser('super_admin', null),
    disabled: await createUser('agency_admin', AGENCY_A, { disabled: true }),
  };
  // Agency A: a member; agency B: the sentinel everywhere (member, unit, certificates, a staged file's rejected line).
  await importRoster(scopeFor(AGENCY_A), [A_MEMBER]);
  const bScope = scopeFor(AGENCY_B, 'agency_admin', users.adminB.id);
  await importRoster(bScope, [
    { nip: syntheticNip(8000), name: `Siti ${SENTINEL}`, unit: `UNIT-SENTINEL-B` },
    { nip: syntheticNip(8001), name: `Budi ${SENTINEL}`, unit: `UNIT-SENTINEL-B` },
  ]);
  await typedAttempt({ nip: syntheticNip(8000), name: `Siti ${SENTINEL}`, agencyId: AGENCY_B, unit: 'UNIT-SENTINEL-B' }, 0);
  await typedAttempt({ nip: syntheticNip(8002), name: `Tamu ${SENTINEL}`, agencyId: AGENCY_B }, 0);
  const parsed = parseRoster(new TextEncoder().encode(`NIP;Nama;Unit\n${SENTINEL};${SENTINEL};UNIT-SENTINEL-B\n`));
  if (parsed.ok) await stageImport(env.DB, bScope, parsed.roster, { sha256: '1'.repeat(64), now: new Date() });
}, 60_000);

describe('roster and report routes × every persona', () => {
  it('every documented admin route is in this matrix or access-matrix.test.ts (none is left unchecked)', async () => {
    expect(await documentedAdminRoutes()).toEqual(Object.keys(MATRIX).sort());
    expect(ROSTER_ACCESS_ROUTES.slice().sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers each persona with the expected status, problem+json on errors, and never shows B’s sentinel to another', async () => {
    const failures: string[] = [];
    for (const route of Object.keys(MATRIX)) {
      const cell = MATRIX[route]!;
      const method = route.split(' ')[0]!;
      for (const persona of PERSONAS) {
        const res = await call(await cell.path(), method, cell, await cookieOf(persona));
        const text = await res.text();
        if (res.status !== cell.expect[persona])
          failures.push(`${route} as ${persona}: ${res.status}, expected ${cell.expect[persona]} ${text.slice(0, 120)}`);
        if (res.status >= 400 && !res.headers.get('content-type')?.startsWith('application/problem+json'))
          failures.push(`${route} as ${persona}: error not problem+json`);
        if (persona !== 'admin@B' && text.toUpperCase().includes(SENTINEL)) failures.push(`${route} as ${persona}: leaked the sentinel`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('the sentinel is really there for B (the search above is not vacuous)', async () => {
    const cookie = await cookieOf('admin@B');
    for (const path of [
      '/api/admin/report',
      '/api/admin/pending',
      '/api/admin/roster/links.csv?pending=false',
      '/api/admin/exports/certificates.csv',
      '/api/admin/exports/pending.csv',
    ]) {
      const text = await (await call(path, 'GET', { path: () => path, expect: {} as never }, cookie)).text();
      expect(text.toUpperCase(), path).toContain(SENTINEL);
    }
  });

  it('national viewers see counts per agency and province, never a person', async () => {
    const res = await call('/api/admin/national', 'GET', MATRIX['GET /api/admin/national']!, await cookieOf('national'));
    const body = (await res.json()) as { agencies: { agencyId: string; certified: number; headcount: number }[] };
    const b = body.agencies.find((a) => a.agencyId === AGENCY_B)!;
    expect(b).toMatchObject({ headcount: 2, certified: 1 });
    const keys = new Set(body.agencies.flatMap((a) => Object.keys(a)));
    expect([...keys].sort()).toEqual([
      'agencyId',
      'certified',
      'completion',
      'headcount',
      'holders',
      'kind',
      'name',
      'province',
      'rosterConfirmed',
    ]);
  });

  it('every write from another origin or with a form content type is refused and changes nothing', async () => {
    // What the writes would change; the per-cell fixtures (staged imports, fresh certificates) are not among it.
    const state = async () =>
      env.DB.prepare(
        `SELECT (SELECT count(*) FROM roster_imports WHERE status = 'applied') AS applied, (SELECT count(*) FROM quiz_links) AS links,
                (SELECT count(*) FROM certificates WHERE status = 'revoked') AS revoked, (SELECT count(*) FROM roster_members) AS members`,
      ).first();
    const before = await state();
    for (const route of Object.keys(MATRIX).filter((r) => !r.startsWith('GET '))) {
      const cell = MATRIX[route]!;
      const method = route.split(' ')[0]!;
      const cookie = await cookieOf('admin@A');
      const path = await cell.path();
      const crossSite = await call(path, method, cell, cookie, { origin: 'https://evil.example' });
      expect(crossSite.status, `${route} cross-site`).toBe(403);
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await call(path, method, { ...cell, contentType: type }, cookie);
        expect(res.status, `${route} ${type}`).toBe(415);
      }
    }
    expect(await state()).toEqual(before);
  }, 120_000);
});
