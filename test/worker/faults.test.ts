// Faults: a database that fails, times out or is slow, a missing or broken signing key, a missing
// rate-limit binding. Each failure is a 503 problem+json with Retry-After that leaves nothing
// half-written, and the same request sent again succeeds. The app is called directly so each request
// can get its own (wrapped) bindings.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app';
import { API_HEADERS } from '../../functions/http/security-headers';
import type { StartAttemptResponse, SubmitResponse } from '../../functions/schemas/attempts';
import { BASE, answersWith, newClientIp, passedAttempt, startAttempt, validParticipant } from './helpers';
import { faultyD1, type Faults } from './faulty-d1';
import { AGENCY_A, AGENCY_B, createUser, sessionCookieFor } from './accounts';
import { counterFigures, importRoster, rawFigures, rosterCsv, scopeFor, syntheticNip, type Member } from './roster-support';

type Bindings = Partial<Env> & Record<string, unknown>;

function call(path: string, body: unknown, bindings: Bindings = {}, method = 'POST') {
  const request = new Request(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': newClientIp() },
    body: method === 'GET' ? undefined : JSON.stringify(body),
  });
  return app.fetch(request, { ...env, ...bindings } as Env);
}

/** An admin request as the browser sends it (own origin, session cookie), with its own bindings. */
function adminCall(path: string, cookie: string, body: unknown, bindings: Bindings = {}, contentType = 'application/json') {
  const request = new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, origin: BASE, cookie, 'cf-connecting-ip': newClientIp() },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return app.fetch(request, { ...env, ...bindings } as Env);
}

const count = async (sql: string, ...params: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>())!.n;
const attemptsOf = (nip: string) => count('SELECT count(*) AS n FROM attempts WHERE nip = ?', nip);
const certificatesOf = (attemptId: string) => count('SELECT count(*) AS n FROM certificates WHERE attempt_id = ?', attemptId);
const submittedAt = async (attemptId: string) =>
  (await env.DB.prepare('SELECT submitted_at AS at FROM attempts WHERE id = ?').bind(attemptId).first<{ at: string | null }>())!.at;

/** A 503 problem that tells the client when to come back, and leaks nothing of the cause. */
async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  for (const [name, value] of Object.entries(API_HEADERS)) expect(res.headers.get(name), name).toBe(value);
  const text = await res.text();
  expect(text).not.toMatch(/D1_|Network|SyntaxError|JSON|"d"/);
  expect(JSON.parse(text)).toMatchObject({ status: 503 });
}

let nipCounter = 0;
/** A NIP no other test uses, so row counts per NIP are this test's own. */
function freshNip() {
  nipCounter++;
  return `198503152010122${String(nipCounter).padStart(3, '0')}`;
}

describe('a failing database', () => {
  it('starting: every failing statement gives 503 and no attempt row; the retry is stored once', async () => {
    const participant = { ...validParticipant, nip: freshNip() };
    let failures = 0;
    for (let failAt = 1; ; failAt++) {
      const res = await call('/api/attempts', { participant }, { DB: faultyD1(env.DB, { failAt }) });
      if (res.status === 201) break;
      await expectUnavailable(res);
      expect(await attemptsOf(participant.nip)).toBe(0);
      failures++;
    }
    expect(failures).toBeGreaterThanOrEqual(2); // the agency lookup and the insert
    expect(await attemptsOf(participant.nip)).toBe(1);
  });

  for (const mode of ['error', 'timeout'] as const) {
    it(`submitting (${mode}): each failing statement leaves the attempt unsubmitted and uncertified; the retry issues one certificate`, async () => {
      const attempt = await startAttempt();
      const answers = await answersWith(attempt.attemptId, 0);
      let failures = 0;
      for (let failAt = 1; ; failAt++) {
        const faults: Faults = { failAt, mode, timeoutMs: 30 };
        const res = await call(
          `/api/attempts/${attempt.attemptId}/submit`,
          { answers },
          {
            DB: faultyD1(env.DB, faults),
            // Every statement of the batch fails once: more retries of one attempt than its real limit allows a minute.
            QUIZ_SUBMIT_LIMITER: env.ROOMY_LIMITER,
          },
        );
        if (res.status === 200) {
          expect(((await res.json()) as SubmitResponse).certificate).not.toBeNull();
          break;
        }
        await expectUnavailable(res);
        expect(await submittedAt(attempt.attemptId)).toBeNull();
        expect(await certificatesOf(attempt.attemptId)).toBe(0);
        failures++;
      }
      expect(failures).toBeGreaterThanOrEqual(3); // read the attempt, read the agency, the batch
      expect(await certificatesOf(attempt.attemptId)).toBe(1);
    });
  }

  it('a slow database still gives ten identical submits one certificate and ten equal answers', async () => {
    const attempt = await startAttempt();
    const answers = await answersWith(attempt.attemptId, 1);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        call(`/api/attempts/${attempt.attemptId}/submit`, { answers }, { DB: faultyD1(env.DB, { delayMs: 15 }) }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const bodies = await Promise.all(results.map((r) => r.json()));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await certificatesOf(attempt.attemptId)).toBe(1);
  });
});

describe('conflicting submits at once', () => {
  it('ten different answer sets: exactly one wins, the nine others get 409, at most one certificate', async () => {
    const attempt = await startAttempt();
    // 0, 1, 2 … 9 wrong answers: the first three pass, the rest fail; every set differs.
    const answerSets = await Promise.all(Array.from({ length: 10 }, (_, wrong) => answersWith(attempt.attemptId, wrong)));
    const results = await Promise.all(answerSets.map((answers) => call(`/api/attempts/${attempt.attemptId}/submit`, { answers })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    for (const res of results.filter((r) => r.status === 409))
      expect(res.headers.get('content-type')).toContain('application/problem+json');

    const winner = statuses.indexOf(200);
    const body = (await results[winner]!.json()) as SubmitResponse;
    expect(body.score).toBe(10 - winner);
    expect(await certificatesOf(attempt.attemptId)).toBe(body.passed ? 1 : 0);
    const stored = await env.DB.prepare('SELECT answers FROM attempts WHERE id = ?').bind(attempt.attemptId).first<{ answers: string }>();
    expect(JSON.parse(stored!.answers)).toEqual(answerSets[winner]);
  });
});

describe('the signing key', () => {
  const broken = { missing: undefined, 'not JSON': '{"kty":"OKP","d":"secret-fragment', 'not a key': '{"kty":"OKP","crv":"Ed25519"}' };

  for (const [label, key] of Object.entries(broken)) {
    it(`${label}: a passing submit is 503 with nothing written; with the key restored the retry issues the certificate`, async () => {
      const attempt = await startAttempt();
      const answers = await answersWith(attempt.attemptId, 0);
      const res = await call(`/api/attempts/${attempt.attemptId}/submit`, { answers }, { CERT_SIGNING_KEY: key });
      await expectUnavailable(res);
      expect(await submittedAt(attempt.attemptId)).toBeNull();
      expect(await certificatesOf(attempt.attemptId)).toBe(0);

      const retry = await call(`/api/attempts/${attempt.attemptId}/submit`, { answers });
      expect(retry.status).toBe(200);
      expect(await certificatesOf(attempt.attemptId)).toBe(1);
    });

    it(`${label}: the public key route is 503, not 500`, async () => {
      await expectUnavailable(await call('/api/certificates/public-key', null, { CERT_SIGNING_KEY: key }, 'GET'));
    });
  }

  it('a failing attempt needs no key: graded and stored without one', async () => {
    const attempt = await startAttempt();
    const res = await call(
      `/api/attempts/${attempt.attemptId}/submit`,
      { answers: await answersWith(attempt.attemptId, 5) },
      { CERT_SIGNING_KEY: undefined },
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as SubmitResponse).passed).toBe(false);
  });
});

describe('the rate-limit binding', () => {
  it('missing PDF_LIMITER: the PDF is 503 with Retry-After, not 500; with the binding it is served', async () => {
    const { code } = await passedAttempt();
    await expectUnavailable(await call(`/api/certificates/${code}/pdf`, null, { PDF_LIMITER: undefined }, 'GET'));
    expect((await call(`/api/certificates/${code}/pdf`, null, {}, 'GET')).status).toBe(200);
  });

  it('missing LOGIN_IP_LIMITER: sign-in is 503 with Retry-After, not 500', async () => {
    await expectUnavailable(
      await call('/api/auth/login', { email: 'siapa@example.test', password: 'bukan-sandi-benar' }, { LOGIN_IP_LIMITER: undefined }),
    );
  });

  it('missing: writes are 503 with Retry-After and store nothing; reads still work; with the binding the retry is stored', async () => {
    const participant = { ...validParticipant, nip: freshNip() };
    await expectUnavailable(await call('/api/attempts', { participant }, { PUBLIC_WRITE_LIMITER: undefined }));
    expect(await attemptsOf(participant.nip)).toBe(0);
    expect((await call('/api/health', null, { PUBLIC_WRITE_LIMITER: undefined }, 'GET')).status).toBe(200);

    const retry = await call('/api/attempts', { participant });
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as StartAttemptResponse).questions).toHaveLength(10);
    expect(await attemptsOf(participant.nip)).toBe(1);
  });
});

/** Everything an admin write may change for an agency: report figures raw and counted, imports, audit trail. */
async function agencyState(agencyId: string) {
  return {
    raw: await rawFigures(agencyId),
    counters: await counterFigures(agencyId),
    imports: (
      await env.DB.prepare('SELECT id, status, decided_at FROM roster_imports WHERE agency_id = ? ORDER BY id').bind(agencyId).all()
    ).results,
    stagedRows: await count(
      'SELECT count(*) AS n FROM roster_import_rows r JOIN roster_imports i ON i.id = r.import_id WHERE i.agency_id = ?',
      agencyId,
    ),
    members: (
      await env.DB.prepare('SELECT nip, name, unit_id, left_at FROM roster_members WHERE agency_id = ? ORDER BY nip').bind(agencyId).all()
    ).results,
    certificates: (
      await env.DB.prepare('SELECT code, status, revoked_at FROM certificates WHERE agency_id = ? ORDER BY code').bind(agencyId).all()
    ).results,
    audit: await count('SELECT count(*) AS n FROM audit_events WHERE agency_id = ?', agencyId),
  };
}

/**
 * Sends the request with statement 1, 2, 3 … failing until it succeeds (200); after each 503 checks that
 * nothing changed. Returns how many statements failed it.
 */
async function failEachStatementThenSucceed(
  mode: Faults['mode'],
  send: (db: D1Database) => Response | Promise<Response>,
  expectUnchanged: () => Promise<void>,
): Promise<number> {
  for (let failAt = 1; ; failAt++) {
    const res = await send(faultyD1(env.DB, { failAt, mode, timeoutMs: 30 }));
    if (res.status === 200) return failAt - 1;
    await expectUnavailable(res);
    await expectUnchanged();
  }
}

const rosterMember = (i: number, unit = `Dinas ${i % 3}`): Member => ({
  nip: syntheticNip(9000 + i),
  name: `Pegawai Gangguan ${String.fromCharCode(65 + (i % 26))}`,
  unit,
});

describe('a failing database under admin writes', () => {
  for (const mode of ['error', 'timeout'] as const) {
    it(`applying a roster (${mode}): each failing statement gives 503, leaves roster, counters and audit as they were; the retry applies it`, async () => {
      const admin = await createUser('agency_admin', AGENCY_B);
      const cookie = await sessionCookieFor(admin.id);
      // A roster already in place, then a file that adds, renames, moves and drops members.
      await importRoster(
        scopeFor(AGENCY_B, 'agency_admin', admin.id),
        Array.from({ length: 20 }, (_, i) => rosterMember(i + (mode === 'timeout' ? 100 : 0))),
      );
      const next = Array.from({ length: 24 }, (_, i) =>
        rosterMember(i + 2 + (mode === 'timeout' ? 100 : 0), i % 4 === 0 ? 'Dinas Baru' : undefined),
      );
      const staged = await adminCall('/api/admin/roster/imports', cookie, rosterCsv(next), {}, 'text/csv');
      expect(staged.status).toBe(201);
      const importId = ((await staged.json()) as { import: { id: number } }).import.id;
      const before = await agencyState(AGENCY_B);

      const failures = await failEachStatementThenSucceed(
        mode,
        (db) => adminCall(`/api/admin/roster/imports/${importId}/apply`, cookie, { confirmLeavers: true }, { DB: db }),
        async () => expect(await agencyState(AGENCY_B)).toEqual(before),
      );
      expect(failures).toBeGreaterThanOrEqual(3); // the session, the import, the batch
      const after = await agencyState(AGENCY_B);
      expect(after.raw).toEqual(after.counters);
      expect(after.members.filter((m) => m.left_at === null)).toHaveLength(24);
      expect(after.audit).toBe(before.audit + 1);
    });

    it(`revoking a certificate (${mode}): each failing statement gives 503, the certificate stays valid and the counters unchanged; the retry revokes it`, async () => {
      const { code } = await passedAttempt();
      const admin = await createUser('agency_admin', AGENCY_A);
      const cookie = await sessionCookieFor(admin.id);
      const before = await agencyState(AGENCY_A);

      const failures = await failEachStatementThenSucceed(
        mode,
        (db) => adminCall(`/api/admin/certificates/${code}/revoke`, cookie, { reason: 'Uji gangguan basis data' }, { DB: db }),
        async () => expect(await agencyState(AGENCY_A)).toEqual(before),
      );
      expect(failures).toBeGreaterThanOrEqual(3); // the session, the certificate, the batch
      const after = await agencyState(AGENCY_A);
      expect(after.certificates.find((c) => c.code === code)).toMatchObject({ status: 'revoked' });
      expect(after.raw).toEqual(after.counters);
      expect(after.audit).toBe(before.audit + 1);
    });
  }
});
