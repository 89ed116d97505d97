// Personal quiz links: the identity comes from the roster and cannot be changed; the certificate is
// roster-confirmed and signed as content version 2; a link works until it passes, expires, is replaced
// or its holder leaves; another agency cannot make or use one for A's members.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { canonicalCertificate, verifyCertificate } from '../../functions/domain/certificate';
import type { CertificateView } from '../../functions/schemas/certificates';
import type { Report } from '../../functions/schemas/report';
import type { StartAttemptResponse, SubmitResponse } from '../../functions/schemas/attempts';
import { AGENCY_A, AGENCY_B, api, createUser, sessionCookieFor } from './accounts';
import { BASE, answersWith, post, submit } from './helpers';
import { importRoster, scopeFor, syntheticNip, typedAttempt } from './roster-support';

const SITI = { nip: syntheticNip(5000), name: 'Siti Rahayu', unit: 'Dinas Pendidikan' };
const BUDI = { nip: syntheticNip(5001), name: 'Budi Santoso', unit: 'Dinas Kesehatan' };
const ANI = { nip: syntheticNip(5002), name: 'Ani Lestari', unit: 'Dinas Kesehatan' };
let hrA: string;
let hrB: string;

async function linkFor(nip: string, cookie = hrA) {
  const res = await api(`/api/admin/roster/members/${nip}/link`, { method: 'POST', cookie });
  return { res, body: (await res.json()) as { url: string; expiresAt: string; detail?: string } };
}
const tokenOf = (url: string) => new URL(url).hash.replace('#t=', '');

async function startWithLink(token: string, extra: object = {}) {
  return post('/api/attempts', { link: token, locale: 'id', ...extra });
}

async function passWithLink(token: string) {
  const attempt = (await (await startWithLink(token)).json()) as StartAttemptResponse;
  return (await (await submit(attempt.attemptId, await answersWith(attempt.attemptId, 0))).json()) as SubmitResponse;
}

beforeAll(async () => {
  await importRoster(scopeFor(AGENCY_A), [SITI, BUDI, ANI]);
  await importRoster(scopeFor(AGENCY_B), [{ nip: syntheticNip(6000), name: 'Dewi Balikpapan', unit: 'Dinas Perhubungan' }]);
  hrA = await sessionCookieFor((await createUser('agency_hr', AGENCY_A)).id);
  hrB = await sessionCookieFor((await createUser('agency_hr', AGENCY_B)).id);
});

describe('personal quiz links', () => {
  it('carry the roster identity, which the participant cannot change, into a roster-confirmed certificate signed as v2', async () => {
    const { res, body } = await linkFor(SITI.nip);
    expect(res.status).toBe(201);
    expect(body.url).toMatch(/^http:\/\/netral\.test\/kuis#t=[A-Za-z0-9_-]{22}$/);
    const token = tokenOf(body.url);
    // Only the token's hash is stored.
    const stored = await env.DB.prepare('SELECT token_hash FROM quiz_links WHERE nip = ?').bind(SITI.nip).all<{ token_hash: string }>();
    expect(JSON.stringify(stored.results)).not.toContain(token);

    const resolved = await post('/api/quiz-links/resolve', { token });
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toEqual({
      name: 'Siti Rahayu',
      nip: `${SITI.nip.slice(0, 6)}**********${SITI.nip.slice(-2)}`,
      agency: 'Pemerintah Kabupaten Bantul',
      unit: 'Dinas Pendidikan',
      expiresAt: body.expiresAt,
    });

    // Sending a participant along with the link is refused rather than silently mixed.
    const mixed = await startWithLink(token, { participant: { nip: BUDI.nip, name: 'Orang Lain', agencyId: AGENCY_B } });
    expect(mixed.status).toBe(400);
    expect(((await mixed.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['link']);

    const started = await startWithLink(token);
    expect(started.status).toBe(201);
    const { attemptId } = (await started.json()) as StartAttemptResponse;
    const row = await env.DB.prepare('SELECT nip, name, agency_id, unit, link_id FROM attempts WHERE id = ?').bind(attemptId).first();
    expect(row).toMatchObject({ nip: SITI.nip, name: 'Siti Rahayu', agency_id: AGENCY_A, unit: 'Dinas Pendidikan' });
    expect(row!.link_id).toBeTruthy();

    const result = (await (await submit(attemptId, await answersWith(attemptId, 1))).json()) as SubmitResponse;
    const view = (await (await exports.default.fetch(`${BASE}/api/certificates/${result.certificate!.code}`)).json()) as CertificateView;
    expect(view).toMatchObject({ name: 'Siti Rahayu', agency: 'Pemerintah Kabupaten Bantul', identity: 'roster', status: 'valid' });
    const publicKey = (await (await exports.default.fetch(`${BASE}/api/certificates/public-key`)).json()) as JsonWebKey;
    const { signature, status: _s, verifyUrl: _u, ...content } = view;
    expect(canonicalCertificate(content)).toMatch(/^\{"v":2,.*"identity":"roster"/);
    expect(await verifyCertificate(content, signature, publicKey)).toBe(true);
    // Claiming roster identity on the signature of a v2 certificate without it fails: the claim is signed.
    expect(await verifyCertificate({ ...content, identity: 'self_declared' }, signature, publicKey)).toBe(false);

    // The PDF prints the confirmation (content checked by the PDF unit tests; here: it renders).
    const pdf = await exports.default.fetch(`${BASE}/api/certificates/${result.certificate!.code}/pdf`);
    expect(pdf.status).toBe(200);

    const report = (await (await api('/api/admin/report', { cookie: hrA })).json()) as Report;
    expect(report.totals).toMatchObject({ headcount: 3, certified: 1, rosterConfirmed: 1, selfDeclared: 0 });
    expect(report.recent[0]).toMatchObject({
      code: result.certificate!.code,
      identity: 'roster',
      onRoster: true,
      unit: 'Dinas Pendidikan',
    });
  });

  it('is spent once it has passed: used twice → 410; a failed attempt does not spend it', async () => {
    const token = tokenOf((await linkFor(BUDI.nip)).body.url);
    const failed = (await (await startWithLink(token)).json()) as StartAttemptResponse;
    expect(((await (await submit(failed.attemptId, await answersWith(failed.attemptId, 5))).json()) as SubmitResponse).passed).toBe(false);
    expect((await passWithLink(token)).certificate).not.toBeNull();
    for (const res of [await startWithLink(token), await post('/api/quiz-links/resolve', { token })]) {
      expect(res.status).toBe(410);
      expect(((await res.json()) as { detail: string }).detail).toContain('sudah dipakai');
    }
  });

  it('stops at expiry, when replaced by a newer link, and when its holder leaves the roster', async () => {
    const first = tokenOf((await linkFor(ANI.nip)).body.url);
    const second = tokenOf((await linkFor(ANI.nip)).body.url);
    expect((await startWithLink(first)).status).toBe(410);
    expect((await startWithLink(second)).status).toBe(201);

    await env.DB.prepare("UPDATE quiz_links SET expires_at = '2020-01-01T00:00:00.000Z' WHERE nip = ? AND replaced_at IS NULL")
      .bind(ANI.nip)
      .run();
    const expired = await startWithLink(second);
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { detail: string }).detail).toContain('kedaluwarsa');

    const third = tokenOf((await linkFor(ANI.nip)).body.url);
    await importRoster(scopeFor(AGENCY_A), [SITI, BUDI]); // Ani leaves
    const left = await startWithLink(third);
    expect(left.status).toBe(410);
    expect(((await left.json()) as { detail: string }).detail).toContain('tidak lagi tercatat');
    await importRoster(scopeFor(AGENCY_A), [SITI, BUDI, ANI]);
  });

  it('an unknown or malformed token is a 404 or 400 and reveals nothing', async () => {
    expect((await startWithLink('A'.repeat(22))).status).toBe(404);
    expect((await post('/api/quiz-links/resolve', { token: 'A'.repeat(22) })).status).toBe(404);
    expect((await startWithLink('not a token')).status).toBe(400);
    expect((await post('/api/attempts', { locale: 'id' })).status).toBe(400);
  });

  it('another agency cannot make a link for A’s member, and exports hold only its own members', async () => {
    const other = await linkFor(SITI.nip, hrB);
    expect(other.res.status).toBe(404);
    expect(await api('/api/admin/roster/links', { method: 'POST', cookie: hrB, body: {} }).then((r) => r.json())).toMatchObject({
      created: 1,
    });
    const csv = await (await api('/api/admin/roster/links.csv', { cookie: hrB })).text();
    expect(csv).toContain('Dewi Balikpapan');
    expect(csv).not.toContain(SITI.nip);
    expect(csv).not.toContain('Siti');
  });

  it('exports A’s links as CSV for a mail merge; each exported link opens its member’s quiz', async () => {
    const made = (await (await api('/api/admin/roster/links', { method: 'POST', cookie: hrA, body: {} })).json()) as { created: number };
    // Siti and Budi hold certificates; Ani already has a usable link: nothing new by default.
    expect(made.created).toBe(0);
    const res = await api('/api/admin/roster/links.csv', { cookie: hrA });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tautan-kuis-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['NIP', 'Nama', 'Unit Kerja', 'Email', 'Tautan kuis', 'Berlaku sampai', 'Diingatkan']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([ANI.nip]);
    const resolved = await post('/api/quiz-links/resolve', { token: tokenOf(rows[1]![4]!) });
    expect(await resolved.json()).toMatchObject({ name: 'Ani Lestari' });
    // Renewing replaces the link; the exported one then stops working.
    await api('/api/admin/roster/links', { method: 'POST', cookie: hrA, body: { renew: true } });
    expect((await post('/api/quiz-links/resolve', { token: tokenOf(rows[1]![4]!) })).status).toBe(410);
  });

  it('a hand-typed certificate whose NIP is on the roster counts as self-declared until a link confirms it', async () => {
    const scope = scopeFor(AGENCY_A);
    const cara = { nip: syntheticNip(5003), name: 'Cara Wijaya', unit: 'Dinas Kesehatan' };
    await importRoster(scope, [SITI, BUDI, ANI, cara]);
    await typedAttempt({ nip: cara.nip, name: 'Cara W', agencyId: AGENCY_A }, 0);
    let report = (await (await api('/api/admin/report', { cookie: hrA })).json()) as Report;
    // Siti and Budi passed through their links; Cara typed her identity.
    expect(report.totals).toMatchObject({ headcount: 4, certified: 3, rosterConfirmed: 2, selfDeclared: 1 });
    await passWithLink(tokenOf((await linkFor(cara.nip)).body.url));
    report = (await (await api('/api/admin/report', { cookie: hrA })).json()) as Report;
    expect(report.totals).toMatchObject({ headcount: 4, certified: 3, rosterConfirmed: 3, selfDeclared: 0 });
  });

  it('keeps the per-person retake rules: after two failures typed by hand, the member’s own link must wait too', async () => {
    const dian = { nip: syntheticNip(5004), name: 'Dian Pertiwi', unit: 'Dinas Kesehatan' };
    await importRoster(scopeFor(AGENCY_A), [
      SITI,
      BUDI,
      ANI,
      { nip: syntheticNip(5003), name: 'Cara Wijaya', unit: 'Dinas Kesehatan' },
      dian,
    ]);
    for (let i = 0; i < 2; i++) {
      const started = await post('/api/attempts', { participant: { nip: dian.nip, name: dian.name, agencyId: AGENCY_A }, locale: 'id' });
      const { attemptId } = (await started.json()) as StartAttemptResponse;
      expect(((await (await submit(attemptId, await answersWith(attemptId, 5))).json()) as SubmitResponse).passed).toBe(false);
    }
    const res = await startWithLink(tokenOf((await linkFor(dian.nip)).body.url));
    expect(res.status).toBe(429);
    expect(((await res.json()) as { type: string }).type).toBe('urn:netral-asn:problem:retakeCooldown');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
