// Deletes quiz attempts older than a cut-off (the privacy notice promises 400 days).
//   npm run retention -- --older-than 400d [--remote | --persist-to DIR] [--dry-run]
// Certificates are kept, and so is the attempt each certificate was issued for: it is the record of how
// the certificate was earned (needed if one is contested or revoked) and holds no personal data the
// certificate does not already hold. Every other attempt (failed, unfinished, expired) older than the
// cut-off is deleted in one statement.
import { pathToFileURL } from 'node:url';
import { execute, targetOf } from './d1.mjs';

const DURATION_RE = /^(\d{1,5})d$/;
const MIN_DAYS = 30;

/**
 * The cut-off instant for `--older-than Nd`, as stored (ISO 8601 UTC, so text order is time order).
 * @param {string} text @param {Date} now @returns {string}
 * @example cutoffOf('400d', new Date('2027-02-05T00:00:00Z')) // '2026-01-01T00:00:00.000Z'
 */
export function cutoffOf(text, now) {
  const match = DURATION_RE.exec(text ?? '');
  if (!match) throw new Error(`--older-than takes a number of days, like 400d (got ${JSON.stringify(text)})`);
  const days = Number(match[1]);
  // A typo such as 4d would wipe nearly every attempt, including ones still running.
  if (days < MIN_DAYS) throw new Error(`--older-than must be at least ${MIN_DAYS}d`);
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** @param {string} cutoff an ISO instant from cutoffOf (never user text) */
export function expiredAttemptsWhere(cutoff) {
  if (Number.isNaN(Date.parse(cutoff)) || new Date(cutoff).toISOString() !== cutoff) throw new Error('cutoff must be an ISO instant');
  return `created_at < '${cutoff}' AND id NOT IN (SELECT attempt_id FROM certificates)`;
}

function main(args) {
  const { target, remote } = targetOf(args);
  const cutoff = cutoffOf(args[args.indexOf('--older-than') + 1], new Date());
  const where = expiredAttemptsWhere(cutoff);
  const place = `${remote ? 'remote' : 'local'} D1`;
  if (args.includes('--dry-run')) {
    const [{ results }] = execute(target, `SELECT count(*) AS n FROM attempts WHERE ${where}`);
    console.log(`retention (dry run, ${place}): ${results[0].n} attempts created before ${cutoff} would be deleted`);
    return;
  }
  // RETURNING, not meta.changes: wrangler's local execute reports no changes count.
  const [{ results }] = execute(target, `DELETE FROM attempts WHERE ${where} RETURNING id`);
  console.log(`retention (${place}): deleted ${results.length} attempts created before ${cutoff}; certificates and their attempts kept`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
