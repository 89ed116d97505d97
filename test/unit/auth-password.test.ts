import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, passwordProblem, verifyPassword } from '../../functions/auth/password';

// Each hash costs about 0.1 s idle and over 1 s on a busy 2-core machine.
describe('password hashing (scrypt)', { timeout: 30_000 }, () => {
  it('stores the parameters and a fresh 16-byte salt with each hash, and verifies only the right password', async () => {
    const [a, b] = [await hashPassword('kata sandi yang panjang'), await hashPassword('kata sandi yang panjang')];
    expect(a).toMatch(/^scrypt\$16384\$8\$5\$[\w-]{22}\$[\w-]{43}$/);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('kata sandi yang panjang', a)).toBe(true);
    expect(await verifyPassword('kata sandi yang panjanG', a)).toBe(false);
  });

  it('treats canonically equal Unicode the same (NFC), so a password typed on another keyboard still matches', async () => {
    const hash = await hashPassword('kopi\u0301 di warung sebelah');
    expect(await verifyPassword('kopí di warung sebelah', hash)).toBe(true);
  });

  it('verifies with the parameters stored in the hash, not today’s', async () => {
    // N=1024 r=8 p=1 for "lama-tapi-masih-berlaku": an older, weaker hash still verifies and is flagged for rehash.
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16, 7);
    const old = `scrypt$1024$8$1$${salt.toString('base64url')}$${scryptSync('lama-tapi-masih-berlaku', salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
    expect(await verifyPassword('lama-tapi-masih-berlaku', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('kata sandi yang panjang'))).toBe(false);
  });

  it('never matches a malformed stored value, and the dummy hash matches nothing a person would type', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$16384$8$5$short$short')).toBe(false);
    expect(DUMMY_PASSWORD_HASH).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(await verifyPassword('', DUMMY_PASSWORD_HASH)).toBe(false);
  });
});

describe('password rules', () => {
  it('12 to 128 characters, counted by code point', () => {
    expect(passwordProblem('a'.repeat(11), 'hr@bantulkab.go.id')).toBe('password.tooShort');
    expect(passwordProblem('a'.repeat(12), 'hr@bantulkab.go.id')).toBeNull();
    expect(passwordProblem('😀'.repeat(12), 'hr@bantulkab.go.id')).toBeNull();
    expect(passwordProblem('a'.repeat(128), 'hr@bantulkab.go.id')).toBeNull();
    expect(passwordProblem('a'.repeat(129), 'hr@bantulkab.go.id')).toBe('password.tooLong');
  });

  it('not the email (in any case) nor its local part', () => {
    expect(passwordProblem('HR.Bantul@BantulKab.go.id', 'hr.bantul@bantulkab.go.id')).toBe('password.equalsEmail');
    expect(passwordProblem('kepegawaian.bantul', 'kepegawaian.bantul@bantulkab.go.id')).toBe('password.equalsEmail');
    expect(passwordProblem('kepegawaian.bantul!', 'kepegawaian.bantul@bantulkab.go.id')).toBeNull();
  });
});
