// Signing in and out against the real D1: same 401 for every failure, throttling, expiry, logout and
// logout everywhere, setting a password from a one-time link.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../functions/auth/password';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../functions/auth/session';
import { newToken, tokenHash } from '../../functions/auth/tokens';
import type { Me } from '../../functions/schemas/accounts';
import type { Problem } from '../../functions/schemas/problem';
import { AGENCY_A, TEST_PASSWORD, api, createUser, login, sessionCookieFor } from './accounts';
import { inOneMinute, newClientIp } from './helpers';

const iso = (ms: number) => new Date(ms).toISOString();

describe('the password KDF in workerd', { timeout: 30_000 }, () => {
  it('node:crypto scrypt (N=2^14, r=8, p=5) hashes and verifies inside the Worker runtime', async () => {
    const hash = await hashPassword('kata sandi yang cukup panjang');
    expect(hash).toMatch(/^scrypt\$16384\$8\$5\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('kata sandi yang cukup panjang', hash)).toBe(true);
    expect(await verifyPassword('kata sandi yang lain sekali', hash)).toBe(false);
  });
});

// Every sign-in runs the KDF (over 1 s each on a busy machine).
describe('POST /api/auth/login', { timeout: 60_000 }, () => {
  it('signs in: 200 with who I am and an HttpOnly, SameSite=Lax session cookie whose SHA-256 is the stored id', async () => {
    const user = await createUser('agency_hr', AGENCY_A);
    const { res, setCookie, cookie } = await login(user.email.toUpperCase());
    expect(res.status).toBe(200);
    const me = (await res.json()) as Me;
    expect(me).toMatchObject({
      id: user.id,
      email: user.email,
      role: 'agency_hr',
      agency: { id: AGENCY_A, name: 'Pemerintah Kabupaten Bantul' },
    });
    expect(setCookie).toMatch(/^nasn_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
    const stored = await env.DB.prepare('SELECT id FROM sessions WHERE user_id = ?').bind(user.id).all<{ id: string }>();
    expect(stored.results.map((r) => r.id)).toEqual([await tokenHash(cookie.split('=')[1]!)]);
    const audit = await env.DB.prepare("SELECT agency_id, action FROM audit_events WHERE actor_user_id = ? AND action = 'login.ok'")
      .bind(user.id)
      .first();
    expect(audit).toEqual({ agency_id: AGENCY_A, action: 'login.ok' });
    expect((await api('/api/auth/me', { cookie })).status).toBe(200);
  });

  it('answers the same 401 for an unknown email, a wrong password, a disabled account and an unused invitation', async () => {
    const known = await createUser('agency_hr', AGENCY_A);
    const disabled = await createUser('agency_hr', AGENCY_A, { disabled: true });
    const invited = await createUser('agency_hr', AGENCY_A, { invited: true });
    const bodies: string[] = [];
    for (const [email, password] of [
      ['nobody@nowhere.test', TEST_PASSWORD],
      [known.email, 'salah-sekali-kata-sandinya'],
      [disabled.email, TEST_PASSWORD],
      [invited.email, TEST_PASSWORD],
    ] as const) {
      const { res } = await login(email, password);
      expect(res.status, email).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      bodies.push(await res.text());
    }
    expect(new Set(bodies).size).toBe(1);
    expect((JSON.parse(bodies[0]!) as Problem).detail).toBe('Email atau kata sandi salah, atau akun ini dinonaktifkan.');
    const fails = await env.DB.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'login.fail' AND target = ?")
      .bind(`user:${known.id}`)
      .first<{ n: number }>();
    expect(fails?.n).toBe(1);
  });

  it('checks the shape before anything else: 400 naming the fields, no throttle counted', async () => {
    const res = await api('/api/auth/login?lang=en', { method: 'POST', body: { email: 'not an email', password: '' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Problem;
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['email', 'password']);
  });

  // The buckets are shared with the cheap routes (reset: per account and client; set password: per client),
  // which fill them here without a password hash each, so the test stays inside the limiter's minute.
  it('throttles per account (5 a minute, across client addresses) with 429 and Retry-After, before checking the password', async () => {
    const { before, blocked, ghost } = await inOneMinute(async () => {
      const user = await createUser('agency_hr', AGENCY_A);
      const before = [(await login(user.email, 'salah-sekali-kata-sandinya')).res.status];
      for (let i = 0; i < 4; i++)
        before.push((await api('/api/auth/password-reset', { method: 'POST', body: { email: user.email } })).status);
      // The right password, from yet another address: still refused while the account's minute lasts.
      const blocked = await login(user.email);
      // Unknown emails are throttled the same way, so the limit tells nothing about which accounts exist.
      const ghostEmail = `ghost-${crypto.randomUUID().slice(0, 8)}@nowhere.test`;
      for (let i = 0; i < 5; i++) await api('/api/auth/password-reset', { method: 'POST', body: { email: ghostEmail } });
      return { before, blocked, ghost: await login(ghostEmail) };
    });
    expect(before).toEqual([401, 202, 202, 202, 202]);
    expect(blocked.res.status).toBe(429);
    expect(blocked.res.headers.get('retry-after')).toBe('60');
    expect(blocked.res.headers.get('set-cookie')).toBeNull();
    expect(((await blocked.res.json()) as Problem).detail).toBe('Terlalu banyak percobaan masuk. Tunggu 60 detik, lalu coba lagi.');
    expect(ghost.res.status).toBe(429);
  });

  it('throttles per client address (20 a minute, across accounts)', async () => {
    const { before, blocked } = await inOneMinute(async () => {
      const headers = { 'cf-connecting-ip': newClientIp() };
      const before = [(await login('first@nowhere.test', 'a', headers)).res.status];
      for (let i = 0; i < 19; i++)
        before.push((await api('/api/auth/password', { method: 'POST', body: { token: 'x', password: 'y' }, headers })).status);
      return { before, blocked: await login('other@nowhere.test', 'a', headers) };
    });
    expect(before).toEqual([401, ...Array(19).fill(400)]);
    expect(blocked.res.status).toBe(429);
    expect(blocked.res.headers.get('retry-after')).toBe('60');
    // Another address is not affected.
    expect((await login('other@nowhere.test', 'a')).res.status).toBe(401);
  });

  it('refuses a sign-in posted from another site (403 problem+json) and a form body (415)', async () => {
    const user = await createUser('agency_hr', AGENCY_A);
    const evil = await login(user.email, TEST_PASSWORD, { origin: 'https://evil.example' });
    expect(evil.res.status).toBe(403);
    expect(evil.res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const form = await api('/api/auth/login', {
      method: 'POST',
      body: `email=${user.email}&password=${TEST_PASSWORD}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
  });
});

describe('sessions', () => {
  it('an expired idle time or absolute limit ends the session (401) and removes its row', async () => {
    const user = await createUser('agency_hr', AGENCY_A);
    const now = Date.now();
    const idle = await sessionCookieFor(user.id, {
      createdAt: iso(now - 2 * SESSION_IDLE_MS),
      expiresAt: iso(now - 1000),
      absoluteExpiresAt: iso(now + SESSION_ABSOLUTE_MS),
    });
    const absolute = await sessionCookieFor(user.id, {
      createdAt: iso(now - SESSION_ABSOLUTE_MS - 1),
      expiresAt: iso(now + SESSION_IDLE_MS),
      absoluteExpiresAt: iso(now - 1000),
    });
    expect((await api('/api/auth/me', { cookie: idle })).status).toBe(401);
    expect((await api('/api/auth/me', { cookie: absolute })).status).toBe(401);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').bind(user.id).first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it('extends the idle expiry only once less than half of it remains, never past the absolute limit', async () => {
    const user = await createUser('agency_hr', AGENCY_A);
    const now = Date.now();
    const fresh = await sessionCookieFor(user.id);
    const before = (await (await api('/api/auth/me', { cookie: fresh })).json()) as Me;
    const old = await sessionCookieFor(user.id, {
      createdAt: iso(now - SESSION_IDLE_MS),
      expiresAt: iso(now + 10 * 60_000),
      absoluteExpiresAt: iso(now + 20 * 60_000),
    });
    const after = (await (await api('/api/auth/me', { cookie: old })).json()) as Me;
    expect(Date.parse(before.sessionExpiresAt) - now).toBeGreaterThan(SESSION_IDLE_MS - 60_000);
    // Pushed forward, but capped by the absolute limit 20 minutes away.
    expect(after.sessionExpiresAt).toBe(iso(now + 20 * 60_000));
  });

  it('a forged cookie is a 401', async () => {
    for (const cookie of [`nasn_session=${newToken()}`, '__Host-nasn_session=abc', 'nasn_session=', 'nasn_session=../../etc']) {
      expect((await api('/api/auth/me', { cookie })).status, cookie).toBe(401);
    }
  });

  it('a user disabled after signing in is signed out at once', async () => {
    const user = await createUser('agency_hr', AGENCY_A);
    const cookie = await sessionCookieFor(user.id);
    await env.DB.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), user.id).run();
    expect((await api('/api/auth/me', { cookie })).status).toBe(401);
  });
});

describe('logout', () => {
  it('logout ends only this session and clears the cookie; logout-all ends every session of the user', async () => {
    const user = await createUser('agency_admin', AGENCY_A);
    const [first, second, third] = [await sessionCookieFor(user.id), await sessionCookieFor(user.id), await sessionCookieFor(user.id)];
    const out = await api('/api/auth/logout', { method: 'POST', cookie: first });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^nasn_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
    expect((await api('/api/auth/me', { cookie: first })).status).toBe(401);
    expect((await api('/api/auth/me', { cookie: second })).status).toBe(200);

    expect((await api('/api/auth/logout-all', { method: 'POST', cookie: second })).status).toBe(204);
    expect((await api('/api/auth/me', { cookie: second })).status).toBe(401);
    expect((await api('/api/auth/me', { cookie: third })).status).toBe(401);
  });

  it('logout without a session is a 401; from another site a 403', async () => {
    expect((await api('/api/auth/logout', { method: 'POST' })).status).toBe(401);
    const user = await createUser('agency_hr', AGENCY_A);
    const cookie = await sessionCookieFor(user.id);
    const res = await api('/api/auth/logout', { method: 'POST', cookie, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect((await api('/api/auth/me', { cookie })).status).toBe(200);
  });
});

describe('POST /api/auth/password (setup link)', { timeout: 60_000 }, () => {
  async function invitation(userId: string, expiresInMs = 3600_000) {
    const token = newToken();
    await env.DB.prepare("INSERT INTO user_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, 'invite', ?, ?)")
      .bind(await tokenHash(token), userId, new Date().toISOString(), iso(Date.now() + expiresInMs))
      .run();
    return token;
  }

  it('sets the password once; the link then stops working; the user can sign in', async () => {
    const user = await createUser('agency_hr', AGENCY_A, { invited: true });
    const token = await invitation(user.id);
    const password = 'kata sandi baru yang panjang';
    expect((await api('/api/auth/password', { method: 'POST', body: { token, password } })).status).toBe(204);
    const again = await api('/api/auth/password', { method: 'POST', body: { token, password: 'kata sandi lain yang panjang' } });
    expect(again.status).toBe(400);
    expect(((await again.json()) as Problem).type).toBe('urn:netral-asn:problem:tokenInvalid');
    expect((await login(user.email, password)).res.status).toBe(200);
  });

  it('refuses an expired link, a short password and the email as password', async () => {
    const user = await createUser('agency_hr', AGENCY_A, { invited: true });
    const expired = await invitation(user.id, -1000);
    expect(
      (await api('/api/auth/password', { method: 'POST', body: { token: expired, password: 'kata sandi baru yang panjang' } })).status,
    ).toBe(400);
    const token = await invitation(user.id);
    const short = await api('/api/auth/password?lang=en', { method: 'POST', body: { token, password: 'pendek' } });
    expect(((await short.json()) as Problem).errors).toEqual([
      { path: 'password', message: 'The password must be at least 12 characters.' },
    ]);
    const same = await api('/api/auth/password', { method: 'POST', body: { token, password: user.email } });
    expect(((await same.json()) as Problem).errors?.[0]?.message).toBe('Kata sandi tidak boleh sama dengan email Anda.');
    // The refused attempts did not use the link up.
    expect((await api('/api/auth/password', { method: 'POST', body: { token, password: 'kata sandi baru yang panjang' } })).status).toBe(
      204,
    );
  });
});

describe('POST /api/auth/password-reset', () => {
  it('always answers 202, for known and unknown emails alike', async () => {
    const user = await createUser('agency_hr', AGENCY_A);
    expect((await api('/api/auth/password-reset', { method: 'POST', body: { email: user.email } })).status).toBe(202);
    expect((await api('/api/auth/password-reset', { method: 'POST', body: { email: 'nobody@nowhere.test' } })).status).toBe(202);
  });
});
