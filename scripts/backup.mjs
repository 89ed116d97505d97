// Exports the whole D1 database (schema and rows) to a dated SQL file.
//   npm run backup [-- --remote | --persist-to DIR] [--out DIR]
// Restore into an empty database with `wrangler d1 execute DB --file <the file>` (see README "Backups");
// for a point in time within the last 30 days, D1 Time Travel needs no file at all.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportTarget, targetOf, wrangler } from './d1.mjs';

/** The file name for a backup taken at `now`: sortable, one per second. @param {Date} now @param {boolean} remote */
function backupFileName(now, remote) {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
  return `netral-asn-${remote ? 'remote' : 'local'}-${stamp}.sql`;
}

function main(args) {
  const { remote } = targetOf(args);
  const at = args.indexOf('--out');
  const dir = at >= 0 ? args[at + 1] : 'backups';
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupFileName(new Date(), remote));
  wrangler(['d1', 'export', 'DB', ...exportTarget(args), '--skip-confirmation', '--output', file]);
  console.log(`backup: ${file}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
