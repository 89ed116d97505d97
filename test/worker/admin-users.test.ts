// Agency admins manage their own agency's users: invite (one-time link), change role, disable; the
// agency keeps one active admin; changes end the user's sessions; every change is in the audit log.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app';
import type { AuditEvent } from '../../functions/auth/audit';
import type { AuditPage, InviteResponse, User } from '../../functions/schemas/accounts';
import type { Problem } from '../../functions/schemas/problem';
import { AGENCY_A, AGENCY_B, api, createUser, sessionCookieFor } from './accounts';
import { BASE } from './helpers';

async function adminOf(agencyId: string) {
  const admin = await createUser('agency_admin', agencyId);
  return { admin, cookie: await sessionCookieFor(admin.id) };
}

describe('POST /api/admin/users (invite)', () => {
  it('creates an invited user in the admin’s own agency and returns the one-time setup link, which sets the password', async () => {
    const { cookie } = await adminOf(AGENCY_A);
    const res = await api('/api/admin/users', {
      method: 'POST',
      cookie,
      body: { email: ' Staf.Baru@BantulKab.go.id ', name: 'Staf Baru', role: 'agency_hr' },
    });
    expect(res.status).toBe(201);
    const invite = (await res.json()) as InviteResponse;
    expect(invite.user).toMatchObject({ email: 'staf.baru@bantulkab.go.id', role: 'agency_hr', status: 'invited' });
    expect(invite.emailed).toBe(false);
    expect(invite.setupLink).toMatch(new RegExp(`^${env.SITE_ORIGIN}/admin/atur-sandi#t=[\\w-]{43}$`));
    expect(Date.parse(invite.expiresAt) - Date.now()).toBeGreaterThan(71 * 3600_000);
    const row = await env.DB.prepare('SELECT agency_id FROM users WHERE id = ?').bind(invite.user.id).first<{ agency_id: string }>();
    expect(row?.agency_id).toBe(AGENCY_A);
    // The link is not stored: only its hash.
    const token = invite.setupLink.split('#t=')[1]!;
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM user_tokens WHERE token_hash = ?').bind(token).first<{ n: number }>();
    expect(stored?.n).toBe(0);
    expect((await api('/api/auth/password', { method: 'POST', body: { token, password: 'kata sandi staf baru' } })).status).toBe(204);
    const list = (await (await api('/api/admin/users', { cookie })).json()) as { users: User[] };
    expect(list.users.find((u) => u.id === invite.user.id)?.status).toBe('active');
  });

  it('cannot create a national role (400), nor an email that already exists (409)', async () => {
    const { admin, cookie } = await adminOf(AGENCY_A);
    for (const role of ['national_viewer', 'super_admin']) {
      const res = await api('/api/admin/users?lang=en', { method: 'POST', cookie, body: { email: `x-${role}@bantulkab.go.id`, role } });
      expect(res.status, role).toBe(400);
      expect(((await res.json()) as Problem).errors).toEqual([{ path: 'role', message: 'The role must be agency HR or agency admin.' }]);
    }
    expect(
      (await api('/api/admin/users', { method: 'POST', cookie, body: { email: admin.email.toUpperCase(), role: 'agency_hr' } })).status,
    ).toBe(409);
  });

  it('sends the link through the EMAIL binding when one is configured', async () => {
    const { cookie } = await adminOf(AGENCY_A);
    const sent: { to: unknown; subject: string; text?: string; from: unknown }[] = [];
    const EMAIL = {
      send: async (message: (typeof sent)[number]) => {
        sent.push(message);
        return { messageId: 'm1' };
      },
    } as unknown as SendEmail;
    const res = await app.fetch(
      new Request(`${BASE}/api/admin/users`, {
        method: 'POST',
        headers: { cookie, origin: BASE, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'surel@bantulkab.go.id', role: 'agency_hr' }),
      }),
      { ...env, EMAIL, EMAIL_FROM: 'noreply@netral.test' },
    );
    const invite = (await res.json()) as InviteResponse;
    expect(invite.emailed).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'surel@bantulkab.go.id', from: 'noreply@netral.test', subject: 'Undangan akun Netral ASN' });
    expect(sent[0]!.text).toContain(invite.setupLink);
  });
});

describe('PATCH /api/admin/users/{userId}', () => {
  it('a role change and disabling end the user’s sessions at once, and are audited', async () => {
    const { cookie } = await adminOf(AGENCY_A);
    const staff = await createUser('agency_admin', AGENCY_A);
    const staffCookie = await sessionCookieFor(staff.id);
    expect((await api('/api/admin/audit', { cookie: staffCookie })).status).toBe(200);

    const demoted = await api(`/api/admin/users/${staff.id}`, { method: 'PATCH', cookie, body: { role: 'agency_hr' } });
    expect(demoted.status).toBe(200);
    expect(((await demoted.json()) as User).role).toBe('agency_hr');
    expect((await api('/api/auth/me', { cookie: staffCookie })).status).toBe(401);

    const again = await sessionCookieFor(staff.id);
    const disabled = await api(`/api/admin/users/${staff.id}`, { method: 'PATCH', cookie, body: { disabled: true } });
    expect(((await disabled.json()) as User).status).toBe('disabled');
    expect((await api('/api/auth/me', { cookie: again })).status).toBe(401);

    const events = (await (await api('/api/admin/audit', { cookie })).json()) as { events: (AuditEvent & { detail: { to: unknown } })[] };
    const changes = events.events.filter((e) => e.action === 'user.update' && e.target === `user:${staff.id}`).map((e) => e.detail.to);
    expect(changes).toEqual([
      { role: 'agency_hr', disabled: true },
      { role: 'agency_hr', disabled: false },
    ]);
  });

  it('the agency keeps one active admin: the last admin cannot demote or disable themself (409)', async () => {
    const agency = 'kab-11.01'; // an agency no other test uses
    const { admin, cookie } = await adminOf(agency);
    for (const body of [{ role: 'agency_hr' }, { disabled: true }]) {
      const res = await api(`/api/admin/users/${admin.id}`, { method: 'PATCH', cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(409);
      expect(((await res.json()) as Problem).type).toBe('urn:netral-asn:problem:lastAdmin');
    }
    expect((await api('/api/auth/me', { cookie })).status).toBe(200);
    const second = await createUser('agency_admin', agency);
    expect((await api(`/api/admin/users/${admin.id}`, { method: 'PATCH', cookie, body: { role: 'agency_hr' } })).status).toBe(200);
    // Demoting themself ended their own session too.
    expect((await api('/api/auth/me', { cookie })).status).toBe(401);
    const secondCookie = await sessionCookieFor(second.id);
    expect((await api(`/api/admin/users/${second.id}`, { method: 'PATCH', cookie: secondCookie, body: { disabled: true } })).status).toBe(
      409,
    );
  });

  it('another agency’s user is a 404, and is left untouched', async () => {
    const { cookie } = await adminOf(AGENCY_A);
    const other = await createUser('agency_hr', AGENCY_B);
    const otherCookie = await sessionCookieFor(other.id);
    const res = await api(`/api/admin/users/${other.id}`, { method: 'PATCH', cookie, body: { disabled: true } });
    expect(res.status).toBe(404);
    expect((await api('/api/auth/me', { cookie: otherCookie })).status).toBe(200);
    expect((await api(`/api/admin/users/not-a-uuid`, { method: 'PATCH', cookie, body: { disabled: true } })).status).toBe(404);
  });
});

describe('GET /api/admin/users/export.csv (access review)', () => {
  it('lists the own agency’s accounts with role, status and last sign-in, never another agency’s, and is audited', async () => {
    const { admin, cookie } = await adminOf(AGENCY_A);
    const invited = await createUser('agency_hr', AGENCY_A, { invited: true, name: '=HYPERLINK("x")' });
    const disabled = await createUser('agency_hr', AGENCY_A, { disabled: true });
    const elsewhere = await createUser('agency_admin', AGENCY_B);
    const res = await api('/api/admin/users/export.csv', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="pengguna-kab-34\.02-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = new TextDecoder().decode(bytes); // (decoding drops the BOM)
    expect(text.startsWith('Email,Nama,Peran,Status,Dibuat,Terakhir masuk\r\n')).toBe(true);
    const line = (email: string) => text.split('\r\n').find((l) => l.startsWith(`${email},`));
    expect(line(admin.email)).toMatch(/,Admin instansi,Aktif,\d{4}-\d{2}-\d{2},$/);
    expect(line(invited.email)).toContain(',Kepegawaian,Diundang,');
    expect(line(invited.email)).toContain(`"'=HYPERLINK(""x"")"`); // a formula cell neutralised
    expect(line(disabled.email)).toContain(',Kepegawaian,Dinonaktifkan,');
    expect(text).not.toContain(elsewhere.email);
    const audit = await env.DB.prepare(
      "SELECT agency_id, actor_user_id FROM audit_events WHERE action = 'export.users_csv' ORDER BY at DESC LIMIT 1",
    ).first();
    expect(audit).toEqual({ agency_id: AGENCY_A, actor_user_id: admin.id });
    const english = await api('/api/admin/users/export.csv?lang=en', { cookie });
    expect((await english.text()).split('\r\n')[0]).toBe('Email,Name,Role,Status,Created,Last sign-in');
  });
});

describe('GET /api/admin/audit', () => {
  it('an event names who acted (user and role, in their agency’s log) and their network, never their address', async () => {
    const { admin, cookie } = await adminOf(AGENCY_A);
    const invited = await api('/api/admin/users', {
      method: 'POST',
      cookie,
      headers: { 'cf-connecting-ip': '203.0.113.57' },
      body: { email: 'jejak.audit@bantulkab.go.id', role: 'agency_hr' },
    });
    const { user } = (await invited.json()) as InviteResponse;
    // Found in the agency's own log, which lists only that agency's events.
    const { events } = (await (await api('/api/admin/audit', { cookie })).json()) as AuditPage;
    expect(events.find((e) => e.action === 'user.invite' && e.target === `user:${user.id}`)).toMatchObject({
      actor: { id: admin.id, role: 'agency_admin' },
      ipHint: '203.0.113.0/24',
    });
  });

  it('pages the own agency’s events newest first', async () => {
    const agency = 'kab-11.02';
    const { cookie } = await adminOf(agency);
    for (let i = 0; i < 5; i++)
      await api('/api/admin/users', { method: 'POST', cookie, body: { email: `audit${i}@acehselatan.go.id`, role: 'agency_hr' } });
    const first = (await (await api('/api/admin/audit?limit=3', { cookie })).json()) as {
      events: { id: number; action: string }[];
      next: number;
    };
    expect(first.events.map((e) => e.action)).toEqual(['user.invite', 'user.invite', 'user.invite']);
    const second = (await (await api(`/api/admin/audit?limit=3&before=${first.next}`, { cookie })).json()) as {
      events: { id: number }[];
      next: number | null;
    };
    expect(second.events).toHaveLength(2);
    expect(second.next).toBeNull();
    expect(second.events[0]!.id).toBeLessThan(first.events[2]!.id);
  });
});
