// Running SQL on the project's D1 through wrangler, for the operations scripts (retention, backup).
// `--remote` targets the deployed database; otherwise the local one (`--persist-to DIR` picks its folder).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where a script's D1 commands go, from its arguments.
 * @param {string[]} args @returns {{ target: string[], remote: boolean }}
 * @example targetOf(['--remote']) // { target: ['--remote'], remote: true }
 */
export function targetOf(args) {
  const remote = args.includes('--remote');
  const at = args.indexOf('--persist-to');
  if (remote && at >= 0) throw new Error('--remote and --persist-to exclude each other');
  const target = remote ? ['--remote'] : ['--local', ...(at >= 0 ? ['--persist-to', args[at + 1] ?? ''] : [])];
  return { target, remote };
}

/** Runs wrangler with `args`; throws with its error output on failure. @param {string[]} args @returns {string} stdout */
export function wrangler(args) {
  const result = spawnSync('wrangler', args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  if (result.status !== 0) throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * One SQL command on the DB binding; returns each statement's result rows and changes.
 * @param {string[]} target @param {string} sql
 * @returns {{ results: Record<string, unknown>[], meta: { changes?: number } }[]}
 */
export function execute(target, sql) {
  const out = wrangler(['d1', 'execute', 'DB', ...target, '--json', '--yes', '--command', sql]);
  return JSON.parse(out.slice(out.indexOf('[')));
}

/**
 * Arguments that make `wrangler d1 export` read the chosen database. Export has no `--persist-to`, so a
 * local database in another folder is reached through a throw-away config whose default state folder
 * (.wrangler/state beside the config) links to it.
 * @param {string[]} args the script's arguments @returns {string[]}
 */
export function exportTarget(args) {
  const { target, remote } = targetOf(args);
  if (remote || target.length === 1) return target;
  const dir = mkdtempSync(join(tmpdir(), 'netral-asn-export-'));
  copyFileSync('wrangler.toml', join(dir, 'wrangler.toml'));
  mkdirSync(join(dir, '.wrangler'));
  symlinkSync(resolve(target[2]), join(dir, '.wrangler', 'state'), 'dir');
  return ['--local', '-c', join(dir, 'wrangler.toml')];
}
