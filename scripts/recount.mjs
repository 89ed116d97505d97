// Recomputes the completion report's counters from the raw tables (`npm run recount -- [--agency ID] [--remote]`):
// after applying migration 0011 to a database that already holds attempts and certificates, or to repair
// counters after rows were changed by hand. The same SQL the Worker runs on import and revocation. Every
// election cycle of each agency is recounted (certificates.campaign_id too, from issued_at).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { recountSqlFor } = await tsImport('../functions/storage/stats.ts', import.meta.url);
const { values } = parseArgs({ options: { agency: { type: 'string' }, remote: { type: 'boolean', default: false } } });
const where = values.remote ? '--remote' : '--local';

function d1(args) {
  const result = spawnSync('wrangler', ['d1', 'execute', 'DB', where, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result.stdout;
}

let agencies = values.agency ? [values.agency] : [];
if (!values.agency) {
  const out = d1([
    '--json',
    '--command',
    'SELECT agency_id FROM attempts UNION SELECT agency_id FROM certificates UNION SELECT agency_id FROM roster_members',
  ]);
  agencies = JSON.parse(out)[0].results.map((r) => r.agency_id);
}
const file = join(mkdtempSync(join(tmpdir(), 'netral-recount-')), 'recount.sql');
writeFileSync(
  file,
  agencies
    .flatMap((id) => recountSqlFor(id))
    .map((s) => `${s};`)
    .join('\n'),
);
const started = performance.now();
d1(['--file', file]);
console.log(`recount: ${agencies.length} agencies (${where.slice(2)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
