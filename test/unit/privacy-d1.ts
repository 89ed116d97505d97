// A throw-away local D1 (its own --persist-to folder), migrated and optionally seeded, for the data
// lifecycle tests: they run the real scripts against it through wrangler.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../scripts/d1.mjs';

/** Runs a command from the project folder; throws with its output on failure. */
export function run(cmd: string, args: string[]): string {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')}:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

export function freshLocalD1({ seed }: { seed: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'netral-asn-d1-'));
  run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]);
  if (seed) run(process.execPath, ['scripts/seed-local.mjs', '--persist-to', dir]);
  return dir;
}

/** SQL on that database. */
export const sql = (dir: string, command: string) => execute(['--local', '--persist-to', dir], command)[0]!;

/** Rows per table (every table, the migrations' own included). */
export function rowCounts(dir: string): Record<string, number> {
  const tables = sql(
    dir,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%' AND name != 'sqlite_sequence' ORDER BY name",
  ).results.map((r) => String(r.name));
  // One row of scalar subqueries, not a UNION: workerd's SQLite caps compound SELECTs at a few terms.
  const [row] = sql(dir, `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')}`).results;
  return Object.fromEntries(tables.map((t) => [t, Number(row![t])]));
}
