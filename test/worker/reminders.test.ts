// Reminders to the pending list: through the runtime's own local send_email binding (vitest.config.ts
// configures it as TEST_EMAIL; these tests pass it as EMAIL, wrapped so the test can read each message
// the binding accepted), at most once a week per person, one audit event per send, only the session's
// agency; without EMAIL the answer points to the mail-merge CSV.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { app } from '../../functions/api/app';
import type { Pending } from '../../functions/schemas/report';
import type { RemindersResult } from '../../functions/schemas/reminders';
import { AGENCY_A, AGENCY_B, createUser, sessionCookieFor } from './accounts';
import { BASE, inOneMinute, newClientIp, post } from './helpers';
import { importRoster, personalLinkToken, scopeFor, syntheticNip, typedAttempt } from './roster-support';

const SENDER = 'noreply@netral.test';
const ANI = { nip: syntheticNip(7000), name: 'Ani Lestari', unit: 'Dinas Kesehatan', email: 'ani@bantulkab.go.id' };
const BAYU = { nip: syntheticNip(7001), name: 'Bayu Pratama', unit: 'Dinas Pendidikan', email: 'bayu@bantulkab.go.id' };
const CITRA = { nip: syntheticNip(7002), name: 'Citra Dewi', unit: 'Dinas Pendidikan' }; // no address
const DONI = { nip: syntheticNip(7003), name: 'Doni Saputra', unit: 'Dinas Pendidikan', email: 'doni@bantulkab.go.id' }; // passes
const EKA = { nip: syntheticNip(7004), name: 'Eka Putri', unit: 'Dinas Kesehatan', email: 'eka@bantulkab.go.id' }; // the binding fails once
const DEWI_B = { nip: syntheticNip(7100), name: 'Dewi Balikpapan', unit: 'Dinas Perhubungan', email: 'dewi@balikpapan.go.id' };

interface Sent {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The local binding, recording every message it accepted; `refuse` makes sends to those addresses fail first. */
function recordingEmail(refuse: readonly string[] = []) {
  const sent: Sent[] = [];
  const binding = {
    async send(message: Sent) {
      if (refuse.includes(message.to)) throw new Error('refused for the test');
      const result = await env.TEST_EMAIL.send(message);
      sent.push(message);
      return result;
    },
  };
  return { sent, binding: binding as unknown as SendEmail };
}

/** POST /api/admin/reminders as a browser on the site would send it, with EMAIL set or absent and a roomy limiter unless asked. */
function remind(cookie: string, body: object, email: SendEmail | null, limiter: RateLimit = env.ROOMY_LIMITER) {
  const request = new Request(`${BASE}/api/admin/reminders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, cookie, 'cf-connecting-ip': newClientIp() },
    body: JSON.stringify(body),
  });
  const overrides = { REMINDER_LIMITER: limiter, ...(email ? { EMAIL: email, EMAIL_FROM: SENDER } : { EMAIL: undefined }) };
  return app.fetch(request, { ...env, ...overrides } as unknown as Env);
}

const tokenOf = (url: string) => new URL(url).hash.replace('#t=', '');
const linkIn = (text: string) => /https?:\/\/\S+\/kuis#t=[A-Za-z0-9_-]{22}/.exec(text)?.[0] ?? '';

let hrA: string;
let hrB: string;

beforeAll(async () => {
  await importRoster(scopeFor(AGENCY_A), [ANI, BAYU, CITRA, DONI, EKA]);
  await importRoster(scopeFor(AGENCY_B), [DEWI_B]);
  hrA = await sessionCookieFor((await createUser('agency_hr', AGENCY_A)).id);
  hrB = await sessionCookieFor((await createUser('agency_hr', AGENCY_B)).id);
  // Doni passed (by hand, self-declared): no longer pending, never reminded.
  await typedAttempt({ nip: DONI.nip, name: DONI.name, agencyId: AGENCY_A }, 0);
});

describe('POST /api/admin/reminders', () => {
  it('a dry run counts who would be emailed and sends and records nothing', async () => {
    const mail = recordingEmail();
    const res = await remind(hrA, { dryRun: true }, mail.binding);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      mode: 'email',
      dryRun: true,
      sent: 3,
      failed: 0,
      skipped: { noEmail: 1, remindedThisWeek: 0 },
      remaining: 0,
    });
    expect(mail.sent).toEqual([]);
    expect((await env.DB.prepare('SELECT count(*) AS n FROM reminders').first<{ n: number }>())!.n).toBe(0);
  });

  it('emails each pending member with an address their own link, which opens their quiz; a failed send is not recorded', async () => {
    const mail = recordingEmail([EKA.email]);
    const res = await remind(hrA, {}, mail.binding);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mode: 'email', sent: 2, failed: 1, skipped: { noEmail: 1, remindedThisWeek: 0 } });
    expect(mail.sent.map((m) => m.to).sort()).toEqual([ANI.email, BAYU.email]);

    for (const [member, other] of [
      [ANI, BAYU],
      [BAYU, ANI],
    ] as const) {
      const message = mail.sent.find((m) => m.to === member.email)!;
      expect(message.from).toBe(SENDER);
      expect(message.subject).toContain('Pemerintah Kabupaten Bantul');
      expect(message.text).toContain(`Yth. ${member.name}`);
      expect(message.text).toContain('paling lambat'); // the current cycle's due date
      // No one else's data in the message.
      expect(`${message.text}${message.html}`).not.toContain(other.name);
      expect(`${message.text}${message.html}`).not.toContain(member.nip);
      const link = linkIn(message.text);
      expect(link).toMatch(/^http:\/\/netral\.test\/kuis#t=/);
      expect(message.html).toContain(link);
      const resolved = await post('/api/quiz-links/resolve', { token: tokenOf(link) });
      expect(resolved.status).toBe(200);
      expect(await resolved.json()).toMatchObject({ name: member.name, agency: 'Pemerintah Kabupaten Bantul', unit: member.unit });
      // The reminder records the link the message carries, the member's current one.
      const current = await env.DB.prepare(
        'SELECT r.link_id AS reminded, l.id AS current FROM reminders r JOIN quiz_links l ON l.nip = r.nip AND l.replaced_at IS NULL WHERE r.nip = ?',
      )
        .bind(member.nip)
        .first<{ reminded: string; current: string }>();
      expect(current!.reminded).toBe(current!.current);
    }

    const rows = await env.DB.prepare('SELECT agency_id, nip, channel, link_id FROM reminders ORDER BY nip').all();
    expect(rows.results.map((r) => r.nip)).toEqual([ANI.nip, BAYU.nip]);
    expect(rows.results.every((r) => r.agency_id === AGENCY_A && r.channel === 'email' && typeof r.link_id === 'string')).toBe(true);

    // One audit event for the send, with counts only.
    const audit = await env.DB.prepare("SELECT agency_id, detail FROM audit_events WHERE action = 'reminders.send'").all<{
      agency_id: string;
      detail: string;
    }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.agency_id).toBe(AGENCY_A);
    expect(JSON.parse(audit.results[0]!.detail)).toEqual({
      sent: 2,
      failed: 1,
      noEmail: 1,
      remindedThisWeek: 0,
      remaining: 0,
      unitId: null,
    });
    expect(audit.results[0]!.detail).not.toMatch(/\d{18}/);
  });

  it('skips whoever was reminded this week; the failed one is sent on the next try', async () => {
    const mail = recordingEmail();
    const res = await remind(hrA, {}, mail.binding);
    expect(await res.json()).toMatchObject({ sent: 1, failed: 0, skipped: { noEmail: 1, remindedThisWeek: 2 } });
    expect(mail.sent.map((m) => m.to)).toEqual([EKA.email]);
    const again = recordingEmail();
    expect(await (await remind(hrA, {}, again.binding)).json()).toMatchObject({ sent: 0, skipped: { remindedThisWeek: 3 } });
    expect(again.sent).toEqual([]);
  });

  it('a week later the member may be reminded again', async () => {
    await env.DB.prepare("UPDATE reminders SET sent_at = '2026-01-01T00:00:00.000Z' WHERE nip = ?").bind(ANI.nip).run();
    const mail = recordingEmail();
    expect(await (await remind(hrA, { nips: [ANI.nip, BAYU.nip] }, mail.binding)).json()).toMatchObject({
      sent: 1,
      skipped: { remindedThisWeek: 1 },
    });
    expect(mail.sent.map((m) => m.to)).toEqual([ANI.email]);
    // The second reminder carries the link of the first: it still has weeks to run.
    const links = await env.DB.prepare('SELECT count(*) AS sends, count(DISTINCT link_id) AS links FROM reminders WHERE nip = ?')
      .bind(ANI.nip)
      .first<{ sends: number; links: number }>();
    expect(links).toEqual({ sends: 2, links: 1 });
  });

  it('the pending list shows when each member was reminded', async () => {
    const res = await app.fetch(
      new Request(`${BASE}/api/admin/pending`, { headers: { cookie: hrA, 'cf-connecting-ip': newClientIp() } }),
      env as unknown as Env,
    );
    const page = (await res.json()) as Pending;
    const byNip = new Map(page.members.map((m) => [m.nip, m.remindedAt]));
    expect(byNip.get(ANI.nip)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(byNip.get(CITRA.nip)).toBeNull();
    expect(byNip.has(DONI.nip)).toBe(false);
  });

  it('never emails another agency’s members: B’s send reaches only B, A’s NIP list cannot name B’s people', async () => {
    const mailA = recordingEmail();
    expect(await (await remind(hrA, { nips: [DEWI_B.nip] }, mailA.binding)).json()).toMatchObject({
      sent: 0,
      skipped: { noEmail: 0, remindedThisWeek: 0 },
    });
    expect(mailA.sent).toEqual([]);
    const mailB = recordingEmail();
    expect(await (await remind(hrB, {}, mailB.binding)).json()).toMatchObject({ sent: 1 });
    expect(mailB.sent.map((m) => m.to)).toEqual([DEWI_B.email]);
    expect(mailB.sent[0]!.subject).toContain('Balikpapan');
    expect(mailB.sent[0]!.text).not.toContain('Bantul');
  });

  it('without EMAIL answers with the mail-merge CSV, whose links open each pending member’s quiz', async () => {
    const res = await remind(hrA, {}, null);
    expect(res.status).toBe(200);
    const body = (await res.json()) as RemindersResult;
    expect(body).toMatchObject({ mode: 'csv', sent: 0, csvUrl: '/api/admin/roster/links.csv?pending=true' });
    const csv = await app.fetch(
      new Request(`${BASE}${body.csvUrl}`, { headers: { cookie: hrA, 'cf-connecting-ip': newClientIp() } }),
      env as unknown as Env,
    );
    expect(csv.status).toBe(200);
    const rows = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['NIP', 'Nama', 'Unit Kerja', 'Email', 'Tautan kuis', 'Berlaku sampai', 'Diingatkan']);
    const byNip = new Map(rows.slice(1).map((r) => [r[0], r]));
    // Every pending member has a usable link (Citra's was made now), none of B's, not Doni (passed).
    expect([...byNip.keys()].sort()).toEqual([ANI.nip, BAYU.nip, CITRA.nip, EKA.nip].sort());
    expect(byNip.get(ANI.nip)![6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byNip.get(CITRA.nip)![6]).toBe('');
    const citra = await post('/api/quiz-links/resolve', { token: tokenOf(byNip.get(CITRA.nip)![4]!) });
    expect(await citra.json()).toMatchObject({ name: CITRA.name });
  });

  it('sends the link a member already holds; a new one replaces it only once delivered, and a failed send takes nothing away', async () => {
    // Sleman: Fajar holds a link with weeks left; Gita's and Ira's expire in 3 days (Gita's send fails); Hadi has none (fails).
    const SLEMAN = 'kab-34.04';
    const scope = scopeFor(SLEMAN);
    const person = (n: number, name: string) => ({
      nip: syntheticNip(7200 + n),
      name,
      unit: 'Dinas Sosial',
      email: `${name.toLowerCase()}@slemankab.go.id`,
    });
    const [fajar, gita, hadi, ira] = [person(0, 'Fajar'), person(1, 'Gita'), person(2, 'Hadi'), person(3, 'Ira')];
    await importRoster(scope, [fajar, gita, hadi, ira]);
    const held = new Map<string, string>();
    for (const member of [fajar, gita, ira]) held.set(member.nip, (await personalLinkToken(scope, member.nip))!);
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await env.DB.prepare('UPDATE quiz_links SET expires_at = ? WHERE agency_id = ? AND nip IN (?, ?)')
      .bind(inThreeDays, SLEMAN, gita.nip, ira.nip)
      .run();
    const hr = await sessionCookieFor((await createUser('agency_hr', SLEMAN)).id);

    const mail = recordingEmail([gita.email, hadi.email]);
    expect(await (await remind(hr, {}, mail.binding)).json()).toMatchObject({ sent: 2, failed: 2 });
    const sentLink = (member: Sent | undefined) => tokenOf(linkIn(member!.text));
    const resolves = async (token: string) => (await post('/api/quiz-links/resolve', { token })).status === 200;
    const usableLinks = async (nip: string) =>
      (await env.DB.prepare(
        'SELECT count(*) AS n FROM quiz_links WHERE agency_id = ? AND nip = ? AND used_at IS NULL AND replaced_at IS NULL AND expires_at > ?',
      )
        .bind(SLEMAN, nip, new Date().toISOString())
        .first<{ n: number }>())!.n;

    // Fajar: the same link again, still his only one.
    expect(sentLink(mail.sent.find((m) => m.to === fajar.email))).toBe(held.get(fajar.nip));
    expect(await usableLinks(fajar.nip)).toBe(1);
    // Ira: a new link that lasts, which replaced the expiring one.
    const iraLink = sentLink(mail.sent.find((m) => m.to === ira.email));
    expect(iraLink).not.toBe(held.get(ira.nip));
    expect(await resolves(iraLink)).toBe(true);
    expect(await resolves(held.get(ira.nip)!)).toBe(false);
    expect(await usableLinks(ira.nip)).toBe(1);
    // Gita: her send failed, so the link she holds still works and is her only one.
    expect(await resolves(held.get(gita.nip)!)).toBe(true);
    expect(await usableLinks(gita.nip)).toBe(1);
    // Hadi: nothing reached him, so no working link exists for him.
    expect(await usableLinks(hadi.nip)).toBe(0);
  });

  it('refuses more than 500 NIPs in one request with a message saying so', async () => {
    const nips = Array.from({ length: 501 }, (_, i) => syntheticNip(8000 + i));
    const res = await remind(hrA, { nips }, recordingEmail().binding);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]).toEqual({ path: 'nips', message: expect.stringContaining('500') });
  });

  it('is limited per agency (REMINDER_LIMITER, 10 a minute)', async () => {
    // A fresh agency each run (Kulon Progo, then Gunungkidul if the first run crossed a minute boundary).
    const fresh = ['kab-34.01', 'kab-34.03'];
    const statuses = await inOneMinute(async () => {
      const hr = await sessionCookieFor((await createUser('agency_hr', fresh.shift()!)).id);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await remind(hr, { dryRun: true }, null, env.REMINDER_LIMITER)).status);
      return statuses;
    });
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
