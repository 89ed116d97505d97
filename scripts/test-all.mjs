// The one test command (`npm test`): lint, build, then every suite against the built product, then the
// production bundle dry-run. Stops at the first failure and exits non-zero; prints each step's time.
import { spawnSync } from 'node:child_process';
import { machineProbes, resolveChromium } from './chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
process.env.WRANGLER_SEND_METRICS = 'false';

/** @param {string} cmd @param {string[]} args @returns {number} the exit status */
const command = (cmd, args) => () => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

/** Finds or provisions Chromium and hands it to Playwright (playwright.config.ts reads CHROMIUM_PATH). */
function chromium() {
  const choice = resolveChromium(machineProbes());
  if ('error' in choice) {
    console.error(choice.error);
    return 1;
  }
  console.log(`Chromium (${choice.source}): ${choice.path}`);
  process.env.CHROMIUM_PATH = choice.path;
  return 0;
}

/** @type {[string, () => number][]} */
const steps = [
  ['types', command('wrangler', ['types'])],
  ['format and lint (biome ci)', command('biome', ['ci', '.'])],
  ['unused files, exports and dependencies (knip)', command('knip', [])],
  ['type check (astro check: .astro and .ts)', command('astro', ['check'])],
  ['Chromium for the browser tests (found or provisioned)', chromium],
  ['build (with a local signing key in .dev.vars, which the build copies for the test server)', command('npm', ['run', 'build'])],
  ['unit, worker and build-output tests (vitest)', command('vitest', ['run'])],
  ['browser tests (Playwright + Chromium, against wrangler dev with its own D1)', command('playwright', ['test'])],
  [
    'production bundle (wrangler deploy --dry-run)',
    command('wrangler', ['deploy', '--dry-run', '-c', 'dist/server/wrangler.json', '--outdir', 'dist/deploy-dry-run']),
  ],
];

const timings = [];
let failed = 0;
for (const [name, step] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const status = step();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${seconds.padStart(6)} s  ${status === 0 ? 'ok    ' : 'FAILED'}  ${name}`);
  console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s ===`);
  if (status !== 0) {
    failed = status;
    break;
  }
}
console.log(`\n${timings.join('\n')}`);
process.exit(failed);
