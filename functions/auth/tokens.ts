/**
 * Random secrets that go to a browser (session cookies, setup links) and the SHA-256 by which the
 * database knows them: a leaked table gives no usable token.
 */

const TOKEN_BYTES = 32;

/** 32 random bytes from WebCrypto, base64url (43 characters). */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The shape newToken() produces; anything else cannot be a token and is not looked up. */
export const tokenRe = /^[A-Za-z0-9_-]{43}$/;

/**
 * Hex SHA-256 of a token: the id under which it is stored.
 * @example await tokenHash(token) // '9f86d0…' (64 hex characters)
 */
export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type UserTokenPurpose = 'invite' | 'reset';

/** Invitations wait for a busy HR officer over a weekend; a reset is asked for by someone at the screen. */
export const USER_TOKEN_TTL_MS: Record<UserTokenPurpose, number> = { invite: 72 * 3600_000, reset: 3600_000 };

/** When a setup link made at `now` stops working. */
export function userTokenExpiry(purpose: UserTokenPurpose, now: Date): string {
  return new Date(now.getTime() + USER_TOKEN_TTL_MS[purpose]).toISOString();
}

/** Whether a stored setup token can still be used at `now`. */
export function isUserTokenUsable(token: { expiresAt: string; usedAt: string | null }, now: Date): boolean {
  return token.usedAt === null && Date.parse(token.expiresAt) > now.getTime();
}

/**
 * The link that sets a password. The token travels in the fragment, which browsers never send to a
 * server or put in a Referer.
 * @example setupLink('https://netral-asn.example.id', token) // 'https://netral-asn.example.id/admin/atur-sandi#t=…'
 */
export function setupLink(origin: string, token: string, locale: 'id' | 'en' = 'id'): string {
  return `${origin}${locale === 'en' ? '/en/admin/set-password' : '/admin/atur-sandi'}#t=${token}`;
}
