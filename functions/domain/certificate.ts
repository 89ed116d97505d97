/**
 * Certificate codes and signatures. Pure (WebCrypto only), so the same code runs in the Worker, in
 * Node tests and in anyone's offline verifier.
 *
 * A code is "NA-" + 12 Crockford base32 characters (60 random bits) in groups of four: short enough to
 * type from paper, too many to guess. The signature is Ed25519 over `canonicalCertificate(...)`.
 */
import type { RandomInt } from './random';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_PREFIX = 'NA';
const CODE_LENGTH = 12;
const codeBodyRe = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/**
 * A fresh certificate code.
 * @example certificateCode(cryptoRandomInt) // 'NA-7K3M-Q9TZ-2HFA'
 */
export function certificateCode(randomInt: RandomInt): string {
  let body = '';
  for (let i = 0; i < CODE_LENGTH; i++) body += CROCKFORD[randomInt(32)];
  return formatCode(body);
}

/**
 * Reads a code as a person may type it: any case, with or without the prefix, dashes or spaces, and
 * with the letters Crockford base32 treats as digits (O → 0, I and L → 1). Null if it cannot be a code.
 * @example normalizeCertificateCode('na 7k3m q9tz 2hfa') // 'NA-7K3M-Q9TZ-2HFA'
 */
export function normalizeCertificateCode(input: string): string | null {
  let compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.startsWith(CODE_PREFIX) && compact.length === CODE_PREFIX.length + CODE_LENGTH) compact = compact.slice(CODE_PREFIX.length);
  const body = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  return codeBodyRe.test(body) ? formatCode(body) : null;
}

function formatCode(body: string): string {
  return `${CODE_PREFIX}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}`;
}

/**
 * How the holder's identity was established: typed by the participant, or taken from the agency's
 * roster through a personal quiz link (which the participant cannot change).
 */
export type CertificateIdentity = 'self_declared' | 'roster';

/** What a certificate states, as shown publicly (the NIP masked). The signature covers exactly this. */
export interface CertificateContent {
  code: string;
  name: string;
  nip: string; // masked
  agency: string;
  score: number;
  total: number;
  issuedAt: string; // ISO 8601, UTC
  /** Absent or 'self_declared' on every certificate issued before rosters existed. */
  identity?: CertificateIdentity;
}

/**
 * The signed bytes: JSON of the fields in a fixed order with a version tag. Documented in the README so
 * that anyone can rebuild it from the verify page and check the signature offline. Version 1 is an
 * identity as typed; version 2 states `identity: 'roster'` between agency and score, so a roster-confirmed
 * claim is signed, and every version-1 certificate still verifies unchanged.
 * @example canonicalCertificate({ ...content, identity: 'roster' }) // '{"v":2,"code":…,"agency":…,"identity":"roster","score":…}'
 */
export function canonicalCertificate(content: CertificateContent): string {
  const { code, name, nip, agency, score, total, issuedAt } = content;
  if (content.identity === 'roster') return JSON.stringify({ v: 2, code, name, nip, agency, identity: 'roster', score, total, issuedAt });
  return JSON.stringify({ v: 1, code, name, nip, agency, score, total, issuedAt });
}

/** Imports the Worker secret CERT_SIGNING_KEY (an Ed25519 private key as JWK JSON). */
export async function importSigningKey(jwkJson: string): Promise<CryptoKey> {
  // Only the key material: runtimes disagree on the "alg" value for Ed25519 ("EdDSA" or "Ed25519").
  const { kty, crv, x, d } = JSON.parse(jwkJson) as JsonWebKey;
  return crypto.subtle.importKey('jwk', { kty, crv, x, d }, { name: 'Ed25519' }, false, ['sign']);
}

/** The public half of the signing key, safe to publish. */
export function publicJwkOf(jwkJson: string): JsonWebKey {
  const { kty, crv, x } = JSON.parse(jwkJson) as JsonWebKey;
  return { kty, crv, x, use: 'sig', key_ops: ['verify'] };
}

export async function signCertificate(content: CertificateContent, key: CryptoKey): Promise<string> {
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, key, new TextEncoder().encode(canonicalCertificate(content)));
  return toBase64Url(new Uint8Array(signature));
}

/** Checks a signature against a published public JWK, e.g. offline from GET /api/certificates/public-key. */
export async function verifyCertificate(content: CertificateContent, signature: string, publicJwk: JsonWebKey): Promise<boolean> {
  const { kty, crv, x } = publicJwk;
  const key = await crypto.subtle.importKey('jwk', { kty, crv, x }, { name: 'Ed25519' }, false, ['verify']);
  const bytes = fromBase64Url(signature);
  if (!bytes) return false;
  return crypto.subtle.verify({ name: 'Ed25519' }, key, bytes, new TextEncoder().encode(canonicalCertificate(content)));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  // A length of 1 mod 4 is no base64 at all (atob would throw): a false signature, not an error.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
