/**
 * Password hashing with scrypt from `node:crypto`: native in Node (the `user:add` command) and in workerd
 * with `nodejs_compat` (the Worker), so one module serves both. The parameters are stored with the hash,
 * so they can be raised later without invalidating existing passwords.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** OWASP's minimum scrypt parameters (16 MiB, under workerd's default `maxmem` of 32 MiB). */
export const SCRYPT_PARAMS = { N: 2 ** 14, r: 8, p: 5 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const storedHashRe = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;

/**
 * A valid hash of a password nobody knows: verifying against it when the email is unknown costs the same
 * time as a real check, so timing does not tell which accounts exist.
 */
export const DUMMY_PASSWORD_HASH = 'scrypt$16384$8$5$yDLmanUV0oGcmXbTJvmjAQ$usVhifH2fTKXvbcMlwcZ39pJ_-qmVwgnbKYgj4dvqrY';

function derive(password: string, salt: Uint8Array, params: { N: number; r: number; p: number }, keyBytes = KEY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: 128·N·r plus headroom; node's default (32 MiB) would refuse raised parameters.
    scrypt(password.normalize('NFC'), salt, keyBytes, { ...params, maxmem: 256 * params.N * params.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * @example await hashPassword('kata sandi panjang') // 'scrypt$16384$8$5$<salt>$<hash>'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, SCRYPT_PARAMS);
  const { N, r, p } = SCRYPT_PARAMS;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * Whether `password` matches `stored` (compared in constant time). A malformed stored value never matches.
 * @example await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH)
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = storedHashRe.exec(stored);
  if (!match) return false;
  const [, N, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) }, expected.length);
  return timingSafeEqual(actual, expected);
}

/** Whether a stored hash uses weaker parameters than today's (rehash it at the next successful login). */
export function needsRehash(stored: string): boolean {
  const match = storedHashRe.exec(stored);
  if (!match) return true;
  return Number(match[1]) < SCRYPT_PARAMS.N || Number(match[2]) < SCRYPT_PARAMS.r || Number(match[3]) < SCRYPT_PARAMS.p;
}

export type PasswordProblem = 'password.tooShort' | 'password.tooLong' | 'password.equalsEmail';

/**
 * What is wrong with a new password, if anything: 12–128 characters (counted as people count them, by
 * code point), and not the account's email. No composition rules (NIST SP 800-63B).
 * @example passwordProblem('pendek', 'a@b.id') // 'password.tooShort'
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'password.tooLong';
  const folded = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (folded === mail || folded === mail.split('@')[0]) return 'password.equalsEmail';
  return null;
}
