// The server the browser tests talk to: the built Worker on the real runtime (workerd, through `wrangler
// dev`) with its own freshly migrated and seeded local D1. Its own state directory and port keep it apart
// from a developer's `npm start` in the same folder (which uses .wrangler/state and port 8787).
// Clients connect to <port> through the local edge (scripts/local-edge.mjs: CF-Connecting-IP from the
// connection, as on Cloudflare); the runtime itself listens on <port> + 1.
// Usage: node scripts/test-server.mjs <port> [--state DIR] [--config FILE] [--scale]
// (playwright.config.ts starts it; `npm test` builds first). The benchmarks (bench/server.mjs) pass their own
// state directory and a generated config with the rate limits raised; `--scale` adds `npm run seed:scale`'s
// agencies (100 and 100,000 certificates) for the admin benchmark (bench/admin.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalEdge } from './local-edge.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    state: { type: 'string', default: '.wrangler/test-state' },
    config: { type: 'string', default: 'dist/server/wrangler.json' },
    // Also the scale data of `npm run seed:scale` (the admin and exports benchmarks): 100,000 certificates.
    scale: { type: 'boolean', default: false },
  },
});
const [port] = positionals;
if (!/^\d+$/.test(port ?? '')) throw new Error('usage: node scripts/test-server.mjs <port> [--state DIR] [--config FILE] [--scale]');
const TEST_STATE = values.state;

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A fresh database every run: the tests never see attempts or rate-limit counts left by an earlier run.
rmSync(TEST_STATE, { recursive: true, force: true });
run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', TEST_STATE]);
run('node', ['scripts/seed-local.mjs', '--persist-to', TEST_STATE]);
if (values.scale) run('node', ['scripts/seed-scale.mjs', '--persist-to', TEST_STATE]);

const server = spawn(
  'wrangler',
  [
    'dev',
    '-c',
    values.config,
    '--persist-to',
    TEST_STATE,
    '--ip',
    '127.0.0.1',
    '--port',
    String(Number(port) + 1),
    // Certificate links (verify page, PDF, QR) are built from SITE_ORIGIN: point them at this server.
    '--var',
    `SITE_ORIGIN:http://127.0.0.1:${port}`,
    '--show-interactive-dev-session=false',
  ],
  { stdio: 'inherit' },
);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
await startLocalEdge({ port: Number(port), upstreamPort: Number(port) + 1 });
