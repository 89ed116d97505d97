// The data lifecycle scripts on a real local D1: `npm run backup` restores into a fresh database with the
// same rows, and `npm run retention` deletes only old attempts that no certificate needs.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutoffOf, expiredAttemptsWhere } from '../../scripts/retention.mjs';
import { freshLocalD1, rowCounts, run, sql } from './privacy-d1';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let db = '';
beforeAll(() => {
  db = freshLocalD1({ seed: true });
}, 240_000);

describe('npm run backup', () => {
  it('writes a dated SQL file that restores into a fresh local D1 with identical rows per table', () => {
    const out = mkdtempSync(join(tmpdir(), 'netral-asn-backup-'));
    const printed = run('npm', ['run', '-s', 'backup', '--', '--persist-to', db, '--out', out]);
    const [file] = readdirSync(out);
    expect(file).toMatch(/^netral-asn-local-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.sql$/);
    expect(printed).toContain(file);
    expect(readFileSync(join(out, file!), 'utf8')).toContain('CREATE TABLE');

    const restored = mkdtempSync(join(tmpdir(), 'netral-asn-restore-'));
    run('wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', restored, '--yes', '--file', join(out, file!)]);
    const before = rowCounts(db);
    expect(before.certificates).toBeGreaterThan(0);
    expect(before.agencies).toBeGreaterThan(500);
    expect(rowCounts(restored)).toEqual(before);
  }, 180_000);
});

describe('npm run retention', () => {
  it('refuses a missing, malformed or dangerously short period', () => {
    for (const text of [undefined, '400', '400 days', '-400d', '4d']) expect(() => cutoffOf(text as string, new Date())).toThrow();
    expect(cutoffOf('400d', new Date('2027-02-05T00:00:00Z'))).toBe('2026-01-01T00:00:00.000Z');
    expect(() => expiredAttemptsWhere("2026-01-01' OR 1=1 --")).toThrow();
  });

  it('deletes attempts older than the period, keeps recent ones, certificates and the attempts they were issued for', () => {
    const attempt = (id: string, createdDaysAgo: number) =>
      `INSERT INTO attempts (id, nip, name, agency_id, locale, questions, created_at, expires_at) VALUES ('${id}', '198503152010121001', 'Lama', 'kab-34.02', 'id', '[]', '${daysAgo(createdDaysAgo)}', '${daysAgo(createdDaysAgo)}')`;
    sql(
      db,
      [
        attempt('old-failed', 500),
        attempt('old-certified', 450),
        attempt('recent', 10),
        `INSERT INTO certificates (code, attempt_id, nip, name, agency_id, agency_name, score, total, issued_at, signature) VALUES ('NA-OLD0-0000-0001', 'old-certified', '198503152010121001', 'Lama', 'kab-34.02', 'Kab', 9, 10, '${daysAgo(450)}', 's')`,
      ].join(';'),
    );
    const before = rowCounts(db);

    const dry = run('npm', ['run', '-s', 'retention', '--', '--older-than', '400d', '--persist-to', db, '--dry-run']);
    expect(dry).toMatch(/ 1 attempts .* would be deleted/);
    expect(rowCounts(db)).toEqual(before);

    const printed = run('npm', ['run', '-s', 'retention', '--', '--older-than', '400d', '--persist-to', db]);
    expect(printed).toMatch(/deleted 1 attempts/);
    expect(rowCounts(db)).toEqual({ ...before, attempts: before.attempts! - 1 });
    const ids = sql(db, "SELECT id FROM attempts WHERE id IN ('old-failed', 'old-certified', 'recent') ORDER BY id").results.map(
      (r) => r.id,
    );
    expect(ids).toEqual(['old-certified', 'recent']);
  }, 120_000);
});
