// Election cycles (issue 13) through the API: a new cycle started by the super admin resets the current
// report's completion while the previous cycle's report keeps its numbers; a certificate counts in the
// cycle it was issued in and the verify API says whether that is the current one; bad input and the wrong
// role are refused.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Pending } from '../../functions/schemas/report';
import type { CertificateView } from '../../functions/schemas/certificates';
import { AGENCY_A, api, createUser, sessionCookieFor } from './accounts';
import { counterFigures, importRoster, rawFigures, scopeFor, syntheticNip, typedAttempt } from './roster-support';

const OLD = 'pemilu-2029';
const NEW = 'pilkada-uji';
let hr: string;
let superAdmin: string;
const people = Array.from({ length: 4 }, (_, i) => ({
  nip: syntheticNip(7100 + i),
  name: `Pegawai Siklus ${'ABCD'[i]}`,
  unit: 'Dinas Siklus',
}));

const report = async (query = '') => (await (await api(`/api/admin/report${query}`, { cookie: hr })).json()) as Report;
const pending = async (query = '') => (await (await api(`/api/admin/pending${query}`, { cookie: hr })).json()) as Pending;
const verify = async (code: string) => (await (await api(`/api/certificates/${code}`)).json()) as CertificateView;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  hr = await sessionCookieFor((await createUser('agency_hr', AGENCY_A)).id);
  superAdmin = await sessionCookieFor((await createUser('super_admin', null)).id);
  await importRoster(scopeFor(AGENCY_A), people);
});

describe('election cycles', () => {
  it('a new cycle resets completion for it; the old cycle keeps its numbers; certificates say which cycle they cover', async () => {
    const old = await Promise.all(people.slice(0, 2).map((p) => typedAttempt({ ...p, agencyId: AGENCY_A }, 0)));
    const oldCode = old[0]!.result.certificate!.code;
    const before = await report();
    expect(before.cycle).toMatchObject({ id: OLD, current: true });
    expect(before.totals).toMatchObject({ headcount: 4, certified: 2, completion: 50 });
    expect((await verify(oldCode)).cycle).toEqual({ id: OLD, name: 'Menuju Pemilu 2029', current: true });

    // Starts a moment ago: after every certificate so far, so none changes cycle.
    await sleep(5);
    const startsAt = new Date(Date.now() - 2).toISOString();
    const created = await api('/api/admin/cycles', {
      method: 'POST',
      cookie: superAdmin,
      body: { id: NEW, name: 'Menuju Pilkada Uji', startsAt, dueAt: '2031-06-30T17:00:00.000Z' },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: NEW, startsAt, current: true, started: true, overdue: false });
    const list = (await (await api('/api/admin/cycles', { cookie: hr })).json()) as { current: string; cycles: { id: string }[] };
    expect(list.current).toBe(NEW);
    expect(list.cycles.map((k) => k.id)).toEqual([OLD, NEW]);

    const now = await report();
    expect(now.cycle).toMatchObject({ id: NEW, current: true });
    expect(now.totals).toMatchObject({ headcount: 4, certified: 0, completion: 0, certificates: 0, attempts: 0, pending: 4 });
    expect(now.units[0]).toMatchObject({ headcount: 4, certified: 0 });
    expect(now.recent).toEqual([]);
    const previous = await report(`?cycle=${OLD}`);
    expect(previous.cycle).toMatchObject({ id: OLD, current: false });
    expect(previous.totals).toEqual(before.totals);
    expect((await pending()).members).toHaveLength(4);
    expect((await pending(`?cycle=${OLD}`)).members).toHaveLength(2);
    expect((await verify(oldCode)).cycle).toEqual({ id: OLD, name: 'Menuju Pemilu 2029', current: false });
    // Still a valid record.
    expect((await verify(oldCode)).status).toBe('valid');

    // A certificate issued after the new start counts in the new cycle only.
    const fresh = await typedAttempt({ ...people[0]!, agencyId: AGENCY_A }, 0);
    const freshCode = fresh.result.certificate!.code;
    expect((await verify(freshCode)).cycle).toMatchObject({ id: NEW, current: true });
    expect((await report()).totals).toMatchObject({ certified: 1, completion: 25, certificates: 1, attempts: 1 });
    expect((await report(`?cycle=${OLD}`)).totals).toEqual(before.totals);
    const stored = await env.DB.prepare('SELECT campaign_id FROM certificates WHERE code = ?')
      .bind(freshCode)
      .first<{ campaign_id: string }>();
    expect(stored?.campaign_id).toBe(NEW);
    for (const cycle of [OLD, NEW]) expect(await counterFigures(AGENCY_A, cycle)).toEqual(await rawFigures(AGENCY_A, cycle));

    // The national view is per cycle too.
    const national = await (await api('/api/admin/national', { cookie: superAdmin })).json();
    expect(national).toMatchObject({ cycle: { id: NEW } });
    const audit = await env.DB.prepare("SELECT actor_role FROM audit_events WHERE action = 'cycle.create' AND target = ?")
      .bind(`cycle:${NEW}`)
      .first<{ actor_role: string }>();
    expect(audit?.actor_role).toBe('super_admin');
  });

  it('refuses bad cycle input with field problems, in Indonesian and English', async () => {
    const post = (body: unknown, lang = 'id') => api(`/api/admin/cycles?lang=${lang}`, { method: 'POST', cookie: superAdmin, body });
    const cases: [unknown, string][] = [
      [{ id: 'X', name: 'Siklus', startsAt: '2099-01-01', dueAt: '2099-06-01' }, 'id'],
      [{ id: 'ok-id', name: '', startsAt: '2099-01-01', dueAt: '2099-06-01' }, 'name'],
      [{ id: 'ok-id', name: 'Siklus', startsAt: '2099-02-30', dueAt: '2099-06-01' }, 'startsAt'],
      [{ id: 'ok-id', name: 'Siklus', startsAt: 'besok', dueAt: '2099-06-01' }, 'startsAt'],
      [{ id: 'ok-id', name: 'Siklus', startsAt: '2099-06-01', dueAt: '2099-01-01' }, 'dueAt'],
      [{ id: 'ok-id', name: 'Siklus', startsAt: '2099-06-01' }, 'dueAt'],
      [{ id: 'ok-id', name: 'Siklus', startsAt: '2099-01-01', dueAt: '2099-06-01', extra: 1 }, '(body)'],
    ];
    for (const [body, path] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as { errors: { path: string; message: string }[] };
      expect(
        problem.errors.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const en = (await (await post({ id: 'ok-id', name: 'Siklus', startsAt: '2099-06-01', dueAt: '2099-01-01' }, 'en')).json()) as {
      errors: { message: string }[];
    };
    expect(en.errors[0]!.message).toBe('The due date must be after the start.');

    // Conflicts: an id or start taken, a start before the last submission.
    expect((await post({ id: OLD, name: 'Lagi', startsAt: '2099-01-01', dueAt: '2099-06-01' })).status).toBe(409);
    expect((await post({ id: 'sama-mulai', name: 'Lagi', startsAt: '2025-12-31T17:00:00.000Z', dueAt: '2099-06-01' })).status).toBe(409);
    const early = await post({ id: 'terlambat', name: 'Mundur', startsAt: '2026-01-01', dueAt: '2099-06-01' }, 'en');
    expect(early.status).toBe(409);
    expect(((await early.json()) as { detail: string }).detail).toMatch(/after the last submitted quiz/);
    // A local date without a zone is midnight WIB.
    const wib = await post({ id: 'wib-uji', name: 'Tengah malam WIB', startsAt: '2098-01-01', dueAt: '2098-06-01T12:00' });
    expect(await wib.json()).toMatchObject({
      startsAt: '2097-12-31T17:00:00.000Z',
      dueAt: '2098-06-01T05:00:00.000Z',
      current: false,
      started: false,
    });
  });

  it('changes and deletes cycles only as allowed', async () => {
    const patch = (id: string, body: unknown, cookie = superAdmin) => api(`/api/admin/cycles/${id}`, { method: 'PATCH', cookie, body });
    // A started cycle keeps its start; its name and due date can change.
    expect((await patch(OLD, { startsAt: '2026-02-01' })).status).toBe(409);
    const renamed = await patch(OLD, { name: 'Menuju Pemilu 2029 (diperpanjang)', dueAt: '2029-01-31' });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ dueAt: '2029-01-30T17:00:00.000Z', overdue: false });
    // A future cycle's start moves, but not into the past.
    expect((await patch('wib-uji', { startsAt: '2097-06-01' })).status).toBe(200);
    expect((await patch('wib-uji', { startsAt: '2020-01-01' })).status).toBe(400);
    expect((await patch('tidak-ada', { name: 'Siapa' })).status).toBe(404);
    // A cycle holding certificates cannot be deleted; an empty future one can.
    expect((await api(`/api/admin/cycles/${NEW}`, { method: 'DELETE', cookie: superAdmin })).status).toBe(409);
    expect((await api('/api/admin/cycles/wib-uji', { method: 'DELETE', cookie: superAdmin })).status).toBe(204);
    expect((await api('/api/admin/cycles/wib-uji', { method: 'DELETE', cookie: superAdmin })).status).toBe(404);
  });

  it('lets only the super admin change cycles, and 404s an unknown cycle in the report', async () => {
    const body = { id: 'oleh-hr', name: 'Siklus HR', startsAt: '2099-01-01', dueAt: '2099-06-01' };
    const res = await api('/api/admin/cycles', { method: 'POST', cookie: hr, body });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const admin = await sessionCookieFor((await createUser('agency_admin', AGENCY_A)).id);
    expect((await api('/api/admin/cycles', { method: 'POST', cookie: admin, body })).status).toBe(403);
    expect((await api(`/api/admin/cycles/${OLD}`, { method: 'PATCH', cookie: admin, body: { name: 'Nama HR' } })).status).toBe(403);
    expect((await api('/api/admin/report?cycle=tidak-ada', { cookie: hr })).status).toBe(404);
    expect((await api('/api/admin/report?cycle=BAD!', { cookie: hr })).status).toBe(400);
  });
});
