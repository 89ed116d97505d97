// Shared steps of the roster and report tests: scopes, CSV rosters, attempts for a given person, and
// the report's figures recomputed from the raw tables by plain queries (independent of storage/stats.ts).
import { env } from 'cloudflare:workers';
import { scopeOf, type AgencyScope } from '../../functions/auth/scope';
import { parseRoster } from '../../functions/domain/roster';
import { localDay, zoneOfAgency } from '../../functions/domain/zone';
import { scoreBucket } from '../../functions/domain/report';
import { currentCycle, cycleOf } from '../../functions/domain/cycles';
import { listCycles } from '../../functions/storage/campaigns';
import { applyImport, stageImport } from '../../functions/storage/roster';
import { insertLinks } from '../../functions/storage/quiz-links';
import { quizLinkExpiry, quizLinkKey, quizLinkToken } from '../../functions/domain/quiz-link';
import { tokenHash } from '../../functions/auth/tokens';
import type { SubmitResponse } from '../../functions/schemas/attempts';
import { answersWith, postWithoutPersonLimits } from './helpers';

export { syntheticNip } from '../unit/roster-fixtures';

/** A scope as the session would make it, for calling storage directly. */
export function scopeFor(agencyId: string, role: 'agency_admin' | 'agency_hr' = 'agency_admin', userId = 'user-test'): AgencyScope {
  return scopeOf({ user: { id: userId, email: 'hr@test', name: null, role, agencyId } })!;
}

export interface Member {
  nip: string;
  name: string;
  unit: string;
  email?: string;
}

export function rosterCsv(members: readonly Member[], delimiter = ';'): string {
  const quote = (v: string) => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return (
    ['NIP', 'Nama', 'Unit Kerja', 'Email'].join(delimiter) +
    '\n' +
    members.map((m) => [m.nip, m.name, m.unit, m.email ?? ''].map(quote).join(delimiter)).join('\n') +
    '\n'
  );
}

/** Stages and applies a roster through storage (the API is tested separately). */
export async function importRoster(scope: AgencyScope, members: readonly Member[]) {
  const parsed = parseRoster(new TextEncoder().encode(rosterCsv(members)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const staged = await stageImport(env.DB, scope, parsed.roster, { sha256: 'x'.repeat(64), now: new Date() });
  if (!(await applyImport(env.DB, scope, staged.id, new Date()))) throw new Error('not applied');
  return staged;
}

/**
 * Starts and submits an attempt typed by hand; `wrong` mistakes (3 or more fail). With `copies` > 1 the
 * same answers are submitted that many times at once, as a double-clicking browser would.
 */
export async function typedAttempt(person: { nip: string; name: string; agencyId: string; unit?: string }, wrong: number, copies = 1) {
  const started = await postWithoutPersonLimits('/api/attempts', { participant: person, locale: 'id' });
  if (started.status !== 201) throw new Error(`start failed: ${started.status} ${await started.text()}`);
  const attempt = (await started.json()) as { attemptId: string };
  const answers = await answersWith(attempt.attemptId, wrong);
  const responses = await Promise.all(
    Array.from({ length: copies }, () => postWithoutPersonLimits(`/api/attempts/${attempt.attemptId}/submit`, { answers })),
  );
  const results = (await Promise.all(responses.map((r) => r.json()))) as SubmitResponse[];
  if (responses.some((r) => r.status !== 200)) throw new Error(`submit failed: ${responses.map((r) => r.status)}`);
  return { attemptId: attempt.attemptId, answers, result: results[0]! };
}

/** A fresh personal link for a member (through storage), or null if they are not an active member. */
export async function personalLinkToken(scope: AgencyScope, nip: string): Promise<string | null> {
  const key = await quizLinkKey((env as Env).CERT_SIGNING_KEY!);
  const id = crypto.randomUUID();
  const token = await quizLinkToken(key, id);
  const created = await insertLinks(env.DB, scope, [{ id, nip, tokenHash: await tokenHash(token) }], {
    now: new Date(),
    expiresAt: quizLinkExpiry(new Date()),
  });
  return created ? token : null;
}

/** An attempt started from a personal link and submitted with `wrong` mistakes; null if the link cannot start one. */
export async function linkAttempt(token: string, wrong: number) {
  const res = await postWithoutPersonLimits('/api/attempts', { link: token, locale: 'id' });
  if (res.status !== 201) return null;
  const { attemptId } = (await res.json()) as { attemptId: string };
  const submitted = await postWithoutPersonLimits(`/api/attempts/${attemptId}/submit`, { answers: await answersWith(attemptId, wrong) });
  return (await submitted.json()) as SubmitResponse;
}

type Figures = {
  totals: Record<string, number>;
  units: Record<string, { headcount: number; certified: number; confirmed: number }>;
  days: Record<string, { attempts: number; passed: number; certificates: number; scoreSum: number; buckets: number[] }>;
  memberCertified: Record<string, boolean>;
};

/** The given cycle, or the current one. */
async function cycleIdOr(cycleId: string | undefined): Promise<string> {
  if (cycleId) return cycleId;
  const current = currentCycle(await listCycles(env.DB), new Date());
  if (!current) throw new Error('no current cycle');
  return current.id;
}

/**
 * Every figure of the report for one election cycle (default: the current one) recomputed from attempts,
 * certificates, roster_members and campaigns: an attempt is in the cycle of its submitted_at and a
 * certificate in the cycle of its issued_at, by the pure rules (not the stored campaign_id).
 */
export async function rawFigures(agencyId: string, cycleId?: string): Promise<Figures> {
  const db = env.DB;
  const zone = zoneOfAgency(agencyId);
  const cycle = await cycleIdOr(cycleId);
  const cycles = await listCycles(db);
  const inCycle = (at: string) => cycleOf(at, cycles)?.id === cycle;
  const members = (
    await db
      .prepare('SELECT nip, unit_id, left_at FROM roster_members WHERE agency_id = ?')
      .bind(agencyId)
      .all<{ nip: string; unit_id: number; left_at: string | null }>()
  ).results;
  const certs = (
    await db
      .prepare('SELECT nip, identity, status, issued_at FROM certificates WHERE agency_id = ?')
      .bind(agencyId)
      .all<{ nip: string; identity: string; status: string; issued_at: string }>()
  ).results;
  const attempts = (
    await db
      .prepare('SELECT submitted_at, score, total, passed FROM attempts WHERE agency_id = ? AND submitted_at IS NOT NULL')
      .bind(agencyId)
      .all<{ submitted_at: string; score: number; total: number; passed: number }>()
  ).results;
  const cycleCerts = certs.filter((c) => inCycle(c.issued_at));
  const cycleAttempts = attempts.filter((a) => inCycle(a.submitted_at));
  const valid = cycleCerts.filter((c) => c.status === 'valid');
  const validNips = new Set(valid.map((c) => c.nip));
  const confirmedNips = new Set(valid.filter((c) => c.identity === 'roster').map((c) => c.nip));
  const active = members.filter((m) => m.left_at === null);

  const units: Figures['units'] = {};
  for (const m of active) {
    units[m.unit_id] ??= { headcount: 0, certified: 0, confirmed: 0 };
    const u = units[m.unit_id];
    u.headcount++;
    if (validNips.has(m.nip)) u.certified++;
    if (confirmedNips.has(m.nip)) u.confirmed++;
  }
  const days: Figures['days'] = {};
  const dayOf = (key: string) => (days[key] ??= { attempts: 0, passed: 0, certificates: 0, scoreSum: 0, buckets: new Array(11).fill(0) });
  for (const a of cycleAttempts) {
    const d = dayOf(localDay(a.submitted_at, zone));
    d.attempts++;
    d.passed += a.passed;
    d.scoreSum += a.score;
    d.buckets[scoreBucket(a.score, a.total)]!++;
  }
  for (const c of valid) dayOf(localDay(c.issued_at, zone)).certificates++;
  return {
    totals: {
      headcount: active.length,
      certified: active.filter((m) => validNips.has(m.nip)).length,
      confirmed: active.filter((m) => confirmedNips.has(m.nip)).length,
      holders: validNips.size,
      certificates: valid.length,
      revoked: cycleCerts.length - valid.length,
      attempts: cycleAttempts.length,
      passed: cycleAttempts.reduce((sum, a) => sum + a.passed, 0),
      scoreSum: cycleAttempts.reduce((sum, a) => sum + a.score, 0),
    },
    units,
    days,
    memberCertified: Object.fromEntries(active.map((m) => [m.nip, validNips.has(m.nip)])),
  };
}

/** The same figures as the counters hold them, for one cycle (default: the current one). */
export async function counterFigures(agencyId: string, cycleId?: string): Promise<Figures> {
  const db = env.DB;
  const cycle = await cycleIdOr(cycleId);
  const totals = await db
    .prepare(
      `SELECT coalesce((SELECT headcount FROM agency_headcount WHERE agency_id = ?1), 0) AS headcount,
         coalesce(t.certified, 0) AS certified, coalesce(t.confirmed, 0) AS confirmed, coalesce(t.holders, 0) AS holders,
         coalesce(t.certificates, 0) AS certificates, coalesce(t.revoked, 0) AS revoked, coalesce(t.attempts, 0) AS attempts,
         coalesce(t.passed, 0) AS passed, coalesce(t.score_sum, 0) AS scoreSum
       FROM (SELECT 1) LEFT JOIN agency_totals t ON t.agency_id = ?1 AND t.campaign_id = ?2`,
    )
    .bind(agencyId, cycle)
    .first<Record<string, number>>();
  const unitRows = (
    await db
      .prepare(
        `SELECT s.unit_id, s.headcount, coalesce(c.certified, 0) AS certified, coalesce(c.confirmed, 0) AS confirmed
         FROM unit_stats s LEFT JOIN unit_cycle_stats c ON c.agency_id = s.agency_id AND c.campaign_id = ?2 AND c.unit_id = s.unit_id
         WHERE s.agency_id = ?1`,
      )
      .bind(agencyId, cycle)
      .all<{ unit_id: number; headcount: number; certified: number; confirmed: number }>()
  ).results;
  const dayRows = (
    await db
      .prepare('SELECT * FROM agency_daily_stats WHERE agency_id = ? AND campaign_id = ?')
      .bind(agencyId, cycle)
      .all<Record<string, number | string>>()
  ).results;
  const members = (
    await db
      .prepare(
        `SELECT m.nip, EXISTS (SELECT 1 FROM certificate_holders h WHERE h.agency_id = m.agency_id AND h.campaign_id = ?2 AND h.nip = m.nip) AS certified
         FROM roster_members m WHERE m.agency_id = ?1 AND m.left_at IS NULL`,
      )
      .bind(agencyId, cycle)
      .all<{ nip: string; certified: number }>()
  ).results;
  return {
    totals: totals!,
    units: Object.fromEntries(unitRows.map((u) => [u.unit_id, { headcount: u.headcount, certified: u.certified, confirmed: u.confirmed }])),
    days: Object.fromEntries(
      dayRows
        .filter((d) => Number(d.attempts) > 0 || Number(d.certificates) > 0)
        .map((d) => [
          d.day,
          {
            attempts: d.attempts as number,
            passed: d.passed as number,
            certificates: d.certificates as number,
            scoreSum: d.score_sum as number,
            buckets: Array.from({ length: 11 }, (_, i) => d[`s${i}`] as number),
          },
        ]),
    ),
    memberCertified: Object.fromEntries(members.map((m) => [m.nip, m.certified === 1])),
  };
}

/** A small seeded generator, so a failing random sequence can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
