/**
 * Personal quiz links: a token per link, derived from the link's random id with a key only the Worker
 * holds (HMAC-SHA-256, key derived by HKDF from the signing secret), so HR can export the same links
 * again for a mail merge while D1 keeps only each token's SHA-256. WebCrypto only: runs in the Worker,
 * in Node tests and scripts.
 */
import type { Locale } from '../schemas/content';

/** Links wait through an election season's training window. */
const QUIZ_LINK_TTL_DAYS = 60;
/** 16 bytes of the HMAC, base64url: 128 bits, short enough for a WhatsApp message. */
const TOKEN_BYTES = 16;
export const quizLinkTokenRe = /^[A-Za-z0-9_-]{22}$/;
const HKDF_INFO = 'netral-asn quiz-link v1';

/**
 * The HMAC key for link tokens, derived from the certificate signing secret (an Ed25519 private JWK):
 * one secret to deploy and back up. Rotating that secret also retires every personal link.
 */
export async function quizLinkKey(signingJwkJson: string): Promise<CryptoKey> {
  const { d } = JSON.parse(signingJwkJson) as JsonWebKey;
  if (!d) throw new Error('The signing key has no private part');
  const material = await crypto.subtle.importKey('raw', fromBase64Url(d), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(HKDF_INFO) },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/**
 * The token of a link id (always the same for the same id and key).
 * @example await quizLinkToken(key, '6f1c…') // 'q3Zb…' (22 characters)
 */
export async function quizLinkToken(key: CryptoKey, linkId: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`quiz-link:${linkId}`)));
  return toBase64Url(mac.slice(0, TOKEN_BYTES));
}

/**
 * The address a member opens. The token travels in the fragment, which browsers never send to a server
 * or put in a Referer, so it stays out of logs.
 * @example quizLinkUrl('https://netral-asn.example.id', token) // 'https://netral-asn.example.id/kuis#t=…'
 */
export function quizLinkUrl(origin: string, token: string, locale: Locale = 'id'): string {
  return `${origin}${locale === 'en' ? '/en/quiz' : '/kuis'}#t=${token}`;
}

/** When a link made at `now` stops working. */
export function quizLinkExpiry(now: Date, days = QUIZ_LINK_TTL_DAYS): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

export type LinkState = 'usable' | 'expired' | 'used' | 'replaced' | 'memberLeft';

/** Whether a stored link can start an attempt at `now`, and if not, why. */
export function linkState(
  link: { expiresAt: string; usedAt: string | null; replacedAt: string | null; memberActive: boolean },
  now: Date,
): LinkState {
  if (link.usedAt) return 'used';
  if (link.replacedAt) return 'replaced';
  if (!link.memberActive) return 'memberLeft';
  if (Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  return 'usable';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
