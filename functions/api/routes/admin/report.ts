/**
 * The completion report of the signed-in user's agency (/api/admin/report), its pending list
 * (/api/admin/pending) and, for national viewers, every agency's counts (/api/admin/national).
 */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { requireRole } from '../../middleware/session';
import { agencyScope } from './scope';
import { resolveCycle } from './cycles';
import { rolesWith } from '../../../auth/roles';
import { averageScore, dailySeries, histogram, percent, sortUnits } from '../../../domain/report';
import { localDay, zoneOfAgency } from '../../../domain/zone';
import {
  nationalQuerySchema,
  nationalSchema,
  pendingQuerySchema,
  pendingSchema,
  reportQuerySchema,
  reportSchema,
  type National,
} from '../../../schemas/report';
import { findAgency } from '../../../storage/agencies';
import { recentCertificates } from '../../../storage/agency-certificates';
import { listUnits, nationalRows, pendingPage, readCounters, type PendingCursor } from '../../../storage/report';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const staff = requireRole(...rolesWith('agency.report'));
const PAGE_SIZE = 50;
const RECENT = 10;
const CHART_DAYS = 60;

const reportRoute = createRoute({
  method: 'get',
  path: '/report',
  summary:
    "Your agency's completion report: headcount, certified (roster-confirmed and self-declared), completion, attempts, pass rate, average score, by unit (sortable), certificates per local day, score histogram, recent certificates. Per election cycle (`?cycle=`, the current one by default): a certificate counts in the cycle it was issued in. Read from counters: the same cost at 100 or 100,000 certificates.",
  middleware: [staff],
  request: { query: reportQuerySchema },
  responses: { 200: { description: 'The report', content: json(reportSchema) }, ...problems(400, 401, 403, 404) },
});

const pendingRoute = createRoute({
  method: 'get',
  path: '/pending',
  summary:
    'Active roster members without a valid certificate of the cycle (`?cycle=`, the current one by default), 50 a page (keyset: pass `next` as `after`), by unit and name; optionally one unit',
  middleware: [staff],
  request: { query: pendingQuerySchema },
  responses: { 200: { description: 'A page', content: json(pendingSchema) }, ...problems(400, 401, 403, 404) },
});

const nationalRoute = createRoute({
  method: 'get',
  path: '/national',
  summary:
    'Every agency ranked by completion in the cycle (`?cycle=`, the current one by default), by province, and national totals (national viewers): counts only, never a name or NIP',
  middleware: [requireRole(...rolesWith('national.report'))],
  request: { query: nationalQuerySchema },
  responses: { 200: { description: 'Counts', content: json(nationalSchema) }, ...problems(400, 401, 403, 404) },
});

/** The keyset cursor: opaque to clients (base64url JSON of unit id, name, NIP). */
function encodeCursor(cursor: PendingCursor): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify([cursor.unitId, cursor.name, cursor.nip]))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function decodeCursor(text: string): PendingCursor {
  try {
    const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0));
    const [unitId, name, nip] = JSON.parse(new TextDecoder().decode(bytes)) as unknown[];
    if (typeof unitId === 'number' && typeof name === 'string' && typeof nip === 'string') return { unitId, name, nip };
  } catch {
    // fall through: any malformed cursor is the same 400
  }
  throw new ApiProblem(400, 'detail.validation', { errors: [{ path: 'after', message: 'cursor.invalid' }] });
}

const completionOrder = <T extends { completion: number | null; holders: number; name: string }>(a: T, b: T) =>
  (b.completion ?? -1) - (a.completion ?? -1) || b.holders - a.holders || a.name.localeCompare(b.name, 'id');

export const reportRoutes = apiRouter()
  .openapi(reportRoute, async (c) => {
    const scope = agencyScope(c);
    const { sort, dir, cycle: cycleId } = c.req.valid('query');
    const db = c.env.DB;
    const cycle = await resolveCycle(db, cycleId);
    const [{ totals, units, days }, recent, agency] = await Promise.all([
      readCounters(db, scope, cycle.id),
      recentCertificates(db, scope, cycle.id, RECENT),
      findAgency(db, scope.agencyId),
    ]);
    const zone = zoneOfAgency(scope.agencyId);
    const today = localDay(new Date().toISOString(), zone);
    return c.json(
      {
        agency: { id: scope.agencyId, name: agency?.name ?? scope.agencyId, zone: zone.name },
        cycle,
        today,
        totals: {
          headcount: totals.headcount,
          certified: totals.certified,
          rosterConfirmed: totals.confirmed,
          selfDeclared: totals.certified - totals.confirmed,
          pending: totals.headcount - totals.certified,
          completion: percent(totals.certified, totals.headcount),
          notOnRoster: totals.holders - totals.certified,
          certificates: totals.certificates,
          revoked: totals.revoked,
          attempts: totals.attempts,
          passed: totals.passed,
          passRate: percent(totals.passed, totals.attempts),
          averageScore: averageScore(totals.scoreSum, totals.attempts),
        },
        units: sortUnits(units, sort, dir).map((u) => ({
          ...u,
          pending: u.headcount - u.certified,
          completion: percent(u.certified, u.headcount),
        })),
        sort,
        dir,
        days: dailySeries(
          days.map((d) => ({ day: d.day, count: d.certificates })),
          today,
          CHART_DAYS,
        ),
        histogram: histogram(days),
        recent: recent.map((r) => ({
          code: r.code,
          nip: r.nip,
          name: r.name,
          unit: r.rosterUnit ?? r.unit,
          onRoster: r.onRoster,
          identity: r.identity,
          score: r.score,
          total: r.total,
          issuedAt: r.issuedAt,
          status: r.status,
        })),
      },
      200,
    );
  })
  .openapi(pendingRoute, async (c) => {
    const scope = agencyScope(c);
    const { unitId, after, cycle: cycleId } = c.req.valid('query');
    const db = c.env.DB;
    const cursor = after ? decodeCursor(after) : undefined;
    const cycle = await resolveCycle(db, cycleId);
    const [rows, units] = await Promise.all([
      pendingPage(db, scope, { cycleId: cycle.id, unitId, after: cursor, limit: PAGE_SIZE + 1 }),
      listUnits(db, scope, cycle.id),
    ]);
    const members = rows.slice(0, PAGE_SIZE);
    const last = members.at(-1);
    return c.json({ members, next: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null, units, cycle }, 200);
  })
  .openapi(nationalRoute, async (c) => {
    const cycle = await resolveCycle(c.env.DB, c.req.valid('query').cycle);
    const rows = (await nationalRows(c.env.DB, cycle.id)).map((r) => ({
      agencyId: r.agencyId,
      name: r.name,
      kind: r.kind,
      province: r.province,
      headcount: r.headcount,
      certified: r.certified,
      rosterConfirmed: r.confirmed,
      holders: r.holders,
      completion: percent(r.certified, r.headcount),
    }));
    const sum = (items: typeof rows) => {
      const headcount = items.reduce((s, r) => s + r.headcount, 0);
      const certified = items.reduce((s, r) => s + r.certified, 0);
      return {
        agencies: items.length,
        headcount,
        certified,
        rosterConfirmed: items.reduce((s, r) => s + r.rosterConfirmed, 0),
        holders: items.reduce((s, r) => s + r.holders, 0),
        completion: percent(certified, headcount),
      };
    };
    const byProvince = new Map<string, typeof rows>();
    for (const row of rows) {
      const key = row.province ?? '';
      byProvince.set(key, [...(byProvince.get(key) ?? []), row]);
    }
    const body: National = {
      cycle,
      totals: sum(rows),
      provinces: [...byProvince]
        .map(([province, items]) => ({ province, ...sum(items) }))
        .sort((a, b) => completionOrder({ ...a, name: a.province }, { ...b, name: b.province })),
      agencies: rows.sort(completionOrder),
    };
    return c.json(body, 200);
  });
