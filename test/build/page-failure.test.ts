// A page whose data fails answers the site's failure page with every security header, on the real runtime:
// the built Worker under `wrangler dev` (scripts/test-server.mjs) with its own throw-away D1, whose
// certificates table is then renamed away so the verify page's query throws, as in a D1 outage.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_HEADERS } from '../../functions/http/security-headers';
import { getFrom } from '../browser/loopback-client';
import { sql } from '../unit/privacy-d1';

/** Its own port (and the runtime on the next): apart from Playwright's 8788 and the benchmarks' 8830. */
const PORT = 8870;
const BASE = `http://127.0.0.1:${PORT}`;
const state = mkdtempSync(join(tmpdir(), 'netral-asn-page-failure-'));
let server: ChildProcess;

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/test-server.mjs', String(PORT), '--state', state], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
  // Every request on its own connection (getFrom: no keep-alive pool), so none meets a socket the server closed.
  const status = (path: string) =>
    getFrom('127.0.0.1', BASE, path).then(
      (r) => r.status(),
      () => 0,
    );
  for (let i = 0; i < 240 && (await status('/api/health')) !== 200; i++) {
    if (server.exitCode !== null) throw new Error(`the test server exited (${server.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(await status('/verifikasi/NA-DEM0-2026-0001')).toBe(200);
  sql(state, 'ALTER TABLE certificates RENAME TO certificates_gone');
}, 180_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('an on-demand page that fails', () => {
  it('answers 503 in Indonesian and English with Retry-After and the site headers, naming no cause', async () => {
    const res = await getFrom('127.0.0.1', BASE, '/verifikasi/NA-DEM0-2026-0001');
    expect(res.status()).toBe(503);
    expect(res.headers()['retry-after']).toBe('5');
    for (const [name, value] of Object.entries(SITE_HEADERS)) expect(res.headers()[name.toLowerCase()], name).toBe(value);
    const html = res.body().toString('utf8');
    expect(html).toContain('Layanan sedang tidak tersedia');
    expect(html).toContain('Service unavailable');
    expect(html).not.toMatch(/certificates|D1_ERROR|SQLITE|\.ts:\d+/);
  });
});
