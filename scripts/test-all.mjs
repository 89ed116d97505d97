// The one test command (`npm test`): build, then every suite against the built product, then the
// production bundle dry-run. Stops at the first failure and exits non-zero.
import { spawnSync } from 'node:child_process';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
process.env.WRANGLER_SEND_METRICS = 'false';

const steps = [
  ['types', 'wrangler', ['types']],
  ['type check (astro check: .astro and .ts)', 'astro', ['check']],
  ['build (with a local signing key in .dev.vars, which the build copies for astro preview)', 'npm', ['run', 'build']],
  ['unit, worker and build-output tests (vitest)', 'vitest', ['run']],
  ['browser tests (Playwright + Debian Chromium)', 'playwright', ['test']],
  ['production bundle (wrangler deploy --dry-run)', 'wrangler', ['deploy', '--dry-run', '-c', 'dist/server/wrangler.json', '--outdir', 'dist/deploy-dry-run']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
