// Accounts for the API tests: users and sessions written straight into the real D1 (so most tests pay
// no password hashing), and sign-in through the API where the sign-in itself is under test.
import { env, exports } from 'cloudflare:workers';
import type { Role } from '../../functions/auth/roles';
import { SESSION_IDLE_MS, newSessionTimes, type SessionTimes } from '../../functions/auth/session';
import { newToken, tokenHash } from '../../functions/auth/tokens';
import { BASE, newClientIp } from './helpers';

/** The password of every test user, and its scrypt hash (computed once, outside the tests). */
export const TEST_PASSWORD = 'sandi-uji-yang-cukup-panjang';
const TEST_PASSWORD_HASH = 'scrypt$16384$8$5$wN6Mn62k59B5TOSS_jhseA$bdyJFu4jB1cZoEuAza0cQ0HHKtz4SQpYYz7bEkVxMWw';

export const AGENCY_A = 'kab-34.02'; // Bantul
export const AGENCY_B = 'kota-64.71'; // Balikpapan

let userNumber = 0;
export interface TestUser {
  id: string;
  email: string;
  role: Role;
  agencyId: string | null;
}

/** A user in D1 with TEST_PASSWORD (or no password: `invited`), optionally disabled. */
export async function createUser(
  role: Role,
  agencyId: string | null,
  options: { invited?: boolean; disabled?: boolean; name?: string } = {},
): Promise<TestUser> {
  userNumber++;
  const user = { id: crypto.randomUUID(), email: `user${userNumber}-${crypto.randomUUID().slice(0, 8)}@${role}.test`, role, agencyId };
  await env.DB.prepare(
    'INSERT INTO users (id, email, name, role, agency_id, password_hash, disabled_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)',
  )
    .bind(
      user.id,
      user.email,
      options.name ?? `Pengguna ${userNumber}`,
      role,
      agencyId,
      options.invited ? null : TEST_PASSWORD_HASH,
      options.disabled ? new Date().toISOString() : null,
      new Date().toISOString(),
    )
    .run();
  return user;
}

/** A session row for `userId` (times default to one just started), and the cookie that carries it. */
export async function sessionCookieFor(userId: string, times: SessionTimes = newSessionTimes(new Date())): Promise<string> {
  const token = newToken();
  await env.DB.prepare('INSERT INTO sessions (id, user_id, created_at, expires_at, absolute_expires_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(await tokenHash(token), userId, times.createdAt, times.expiresAt, times.absoluteExpiresAt)
    .run();
  return `nasn_session=${token}`;
}

/** A request to the Worker as a same-site browser would send it: JSON, own origin, its own client address. */
export function api(path: string, init: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { 'cf-connecting-ip': newClientIp(), ...(init.cookie ? { cookie: init.cookie } : {}) };
  if (method !== 'GET') Object.assign(headers, { 'content-type': 'application/json', origin: BASE });
  return exports.default.fetch(`${BASE}${path}`, {
    method,
    headers: { ...headers, ...init.headers },
    body: method === 'GET' ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body ?? {}),
  });
}

/** Signs in through the API; returns the response and the cookie it set. */
export async function login(email: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) {
  const res = await api('/api/auth/login', { method: 'POST', body: { email, password }, headers });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { res, cookie: setCookie.split(';')[0] ?? '', setCookie };
}

/** The nine personas every admin route is tried as (access-matrix.test.ts, roster-access.test.ts). */
export type Persona = 'anonymous' | 'forged' | 'expired' | 'disabled' | 'hr@A' | 'admin@A' | 'admin@B' | 'national' | 'super';
export const PERSONAS: Persona[] = ['anonymous', 'forged', 'expired', 'disabled', 'hr@A', 'admin@A', 'admin@B', 'national', 'super'];
export type PersonaUsers = Record<'hrA' | 'adminA' | 'adminB' | 'national' | 'super' | 'disabled', TestUser>;

/** A fresh cookie per request, so routes that end sessions (logout) do not spoil later cells. */
export async function personaCookie(persona: Persona, users: PersonaUsers): Promise<string | undefined> {
  const now = Date.now();
  switch (persona) {
    case 'anonymous':
      return undefined;
    case 'forged':
      return `nasn_session=${newToken()}; __Host-nasn_session=${newToken()}; session=${newToken()}`;
    case 'expired':
      return sessionCookieFor(users.hrA.id, {
        createdAt: new Date(now - 2 * SESSION_IDLE_MS).toISOString(),
        expiresAt: new Date(now - 1).toISOString(),
        absoluteExpiresAt: new Date(now + 3600_000).toISOString(),
      });
    case 'disabled':
      return sessionCookieFor(users.disabled.id);
    case 'hr@A':
      return sessionCookieFor(users.hrA.id);
    case 'admin@A':
      return sessionCookieFor(users.adminA.id);
    case 'admin@B':
      return sessionCookieFor(users.adminB.id);
    case 'national':
      return sessionCookieFor(users.national.id);
    case 'super':
      return sessionCookieFor(users.super.id);
  }
}
