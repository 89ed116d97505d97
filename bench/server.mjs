/**
 * The bench server: the built Worker under `wrangler dev` (workerd, local D1), started by the same script
 * as the browser tests' server (scripts/test-server.mjs) with its own state directory and a generated
 * config in which the rate limits are raised. The Worker's code is unchanged: only configuration differs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchConfig } from './config.mjs';
import { rateLimitBindings, wranglerConfig } from '../scripts/wrangler-config.mjs';

const BUILT_CONFIG = 'dist/server/wrangler.json';

/** The `[[ratelimits]]` binding names wrangler.toml declares, read now, so bindings added later are found. */
function declaredLimiters() {
  return Object.keys(rateLimitBindings(wranglerConfig()));
}

/** Writes the bench config: the built one with every selected limiter raised. Returns the raised names. */
function writeBenchConfig() {
  if (!existsSync(BUILT_CONFIG)) throw new Error(`${BUILT_CONFIG} is missing: run \`npm run build\` first`);
  const config = JSON.parse(readFileSync(BUILT_CONFIG, 'utf8'));
  const declared = declaredLimiters();
  const built = new Map((config.ratelimits ?? []).map((r) => [r.name, r]));
  const stale = declared.filter((name) => !built.has(name));
  if (stale.length) throw new Error(`wrangler.toml declares ${stale.join(', ')}, the build does not: run \`npm run build\` again`);
  const wanted = benchConfig.raiseLimiters.includes('all') ? declared : benchConfig.raiseLimiters;
  const unknown = wanted.filter((name) => !built.has(name));
  if (unknown.length) throw new Error(`BENCH_LIMITERS names no [[ratelimits]] binding: ${unknown.join(', ')}`);
  for (const name of wanted) built.get(name).simple.limit = benchConfig.raisedLimit;
  writeFileSync(benchConfig.serverConfig, JSON.stringify(config, null, 2));
  return wanted;
}

/**
 * Starts a fresh bench server (migrated, seeded; with `scale`, also the seed:scale agencies) and resolves
 * once `/api/health` answers, with the pid of its process group's leader (to find workerd under it).
 */
export async function startBenchServer({ scale = false } = {}) {
  const raised = writeBenchConfig();
  const { port, stateDir, serverConfig } = benchConfig;
  const args = ['scripts/test-server.mjs', String(port), '--state', stateDir, '--config', serverConfig, ...(scale ? ['--scale'] : [])];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  // seed:scale takes minutes before the server starts.
  const waits = scale ? 2400 : 240;
  for (let i = 0; i < waits; i++) {
    if (child.exitCode !== null) throw new Error(`the bench server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, raised, stop, pid: child.pid };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`the bench server did not answer /api/health within ${waits / 120} minutes`);
}

/** Signs in as `email` and returns the session cookie (`name=value`) to send with later requests. */
export async function signIn(base, email, password) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}
