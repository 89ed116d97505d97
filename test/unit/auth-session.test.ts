import { describe, expect, it } from 'vitest';
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  checkSession,
  clearedSessionCookie,
  isSecureUrl,
  newSessionTimes,
  sessionCookie,
} from '../../functions/auth/session';
import { USER_TOKEN_TTL_MS, isUserTokenUsable, newToken, setupLink, tokenHash, tokenRe, userTokenExpiry } from '../../functions/auth/tokens';
import { ipHint } from '../../functions/auth/audit';

const t0 = new Date('2026-12-01T01:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('session cookie', () => {
  it('on https: __Host- prefix, Secure, HttpOnly, Path=/, SameSite=Lax, 12 hours', () => {
    expect(sessionCookie('tok', { secure: true })).toBe('__Host-nasn_session=tok; Max-Age=43200; Path=/; HttpOnly; Secure; SameSite=Lax');
  });

  it('on the local http runtime: no prefix and no Secure (a browser would drop a Secure cookie there)', () => {
    expect(sessionCookie('tok', { secure: false })).toBe('nasn_session=tok; Max-Age=43200; Path=/; HttpOnly; SameSite=Lax');
    expect(clearedSessionCookie({ secure: true })).toBe('__Host-nasn_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax');
  });

  it('picks the scheme from the request URL', () => {
    expect(isSecureUrl('https://netral-asn.example.id/api/auth/login')).toBe(true);
    expect(isSecureUrl('http://127.0.0.1:8787/api/auth/login')).toBe(false);
  });
});

describe('session lifetime', () => {
  const times = newSessionTimes(t0);

  it('starts with 60 idle minutes and a 12-hour absolute limit', () => {
    expect(Date.parse(times.expiresAt) - t0.getTime()).toBe(SESSION_IDLE_MS);
    expect(Date.parse(times.absoluteExpiresAt) - t0.getTime()).toBe(SESSION_ABSOLUTE_MS);
  });

  it('is not rewritten while more than half the idle window remains', () => {
    expect(checkSession(times, at(29 * 60_000))).toEqual({ state: 'valid' });
  });

  it('is extended by a full idle window once less than half remains', () => {
    expect(checkSession(times, at(31 * 60_000))).toEqual({ state: 'extend', expiresAt: at(91 * 60_000).toISOString() });
  });

  it('expires at the idle expiry and at the absolute limit, whichever comes first', () => {
    expect(checkSession(times, at(SESSION_IDLE_MS))).toEqual({ state: 'expired' });
    const busy = { expiresAt: at(SESSION_ABSOLUTE_MS + 30 * 60_000).toISOString(), absoluteExpiresAt: times.absoluteExpiresAt };
    expect(checkSession(busy, at(SESSION_ABSOLUTE_MS))).toEqual({ state: 'expired' });
  });

  it('is never extended past the absolute limit', () => {
    const late = { expiresAt: at(SESSION_ABSOLUTE_MS - 10 * 60_000).toISOString(), absoluteExpiresAt: times.absoluteExpiresAt };
    expect(checkSession(late, at(SESSION_ABSOLUTE_MS - 35 * 60_000))).toEqual({ state: 'extend', expiresAt: times.absoluteExpiresAt });
    const capped = { expiresAt: times.absoluteExpiresAt, absoluteExpiresAt: times.absoluteExpiresAt };
    expect(checkSession(capped, at(SESSION_ABSOLUTE_MS - 5 * 60_000))).toEqual({ state: 'valid' });
  });
});

describe('tokens', () => {
  it('are 32 random bytes in base64url, stored as hex SHA-256', async () => {
    const [a, b] = [newToken(), newToken()];
    expect(a).toMatch(tokenRe);
    expect(a).not.toBe(b);
    expect(await tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('invitations last 72 hours, resets 1 hour; a used or expired token is unusable', () => {
    expect(USER_TOKEN_TTL_MS.invite).toBe(72 * 3600_000);
    const invite = userTokenExpiry('invite', t0);
    expect(invite).toBe(at(72 * 3600_000).toISOString());
    expect(userTokenExpiry('reset', t0)).toBe(at(3600_000).toISOString());
    expect(isUserTokenUsable({ expiresAt: invite, usedAt: null }, at(72 * 3600_000 - 1))).toBe(true);
    expect(isUserTokenUsable({ expiresAt: invite, usedAt: null }, at(72 * 3600_000))).toBe(false);
    expect(isUserTokenUsable({ expiresAt: invite, usedAt: t0.toISOString() }, t0)).toBe(false);
  });

  it('travel in the URL fragment, which is never sent to a server', () => {
    expect(setupLink('https://netral-asn.example.id', 'tok')).toBe('https://netral-asn.example.id/admin/atur-sandi#t=tok');
    expect(setupLink('https://netral-asn.example.id', 'tok', 'en')).toBe('https://netral-asn.example.id/en/admin/set-password#t=tok');
  });
});

describe('ipHint', () => {
  it('keeps the network, not the address', () => {
    expect(ipHint('203.0.113.57')).toBe('203.0.113.0/24');
    expect(ipHint('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(ipHint('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(ipHint(undefined)).toBeNull();
    expect(ipHint('local')).toBeNull();
  });
});
