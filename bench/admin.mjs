// Admin benchmark (`npm run bench:admin`, part of `npm run bench`; after `npm run build`): the built Worker
// on the real local runtime (workerd under wrangler dev, local D1 seeded by `npm run seed:scale`, rate
// limits raised by configuration). The agency report API and /admin page, and the pending list, at 100 and
// at 100,000 certificates, measured interleaved (request i goes to the small agency when even, the large
// one when odd) so a busy machine slows both alike; the pending list 100 pages deep; sign-in; a roster of
// 10,000 rows staged (preview) and applied, twice; revocation and passing submits at 100,000. Each figure
// also as a ratio to GET /api/health timed the same way at the same concurrency. Writes
// bench/results/admin.{json,md}; exits 1 if a request failed or a target is missed.
import { writeFileSync } from 'node:fs';
import { benchConfig } from './config.mjs';
import { answersFor, startBody } from './journey.mjs';
import { loadAverage, machineNow, percentiles } from './run.mjs';
import { signIn, startBenchServer } from './server.mjs';

/** Targets of issues 12 and 14: the report at 100,000 within 2× of 100; a roster of 10,000 staged and applied in 3 s each. */
const SCALE_RATIO_TARGET = 2;
const ROSTER_SECONDS_TARGET = 3;
const ROSTER_ROWS = 10_000;

/** The seed:scale accounts (scripts/seed-scale.mjs): local benchmark data only. */
const ACCOUNTS = {
  small: ['hr@malang.example.id', 'skala-hr-malang-2026'],
  large: ['hr@jatim.example.id', 'skala-hr-jatim-2026'],
  importer: ['hr@lumajang.example.id', 'skala-hr-lumajang-2026'],
  admin: ['admin@jatim.example.id', 'skala-admin-jatim-2026'],
};
const AGENCY = { small: 'kab-35.07', large: 'prov-35' };

let base;
let failures = 0;

async function expectStatus(res, status = 200) {
  if (res.status !== status) {
    failures++;
    throw new Error(`${res.url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  }
  return res;
}

/**
 * Runs `task(i)` for i < `count` with `concurrency` in flight; returns each task's milliseconds in `lanes`
 * (by `laneOf(i)`) and the run's throughput.
 */
async function measure(count, concurrency, task, laneOf = () => 0) {
  const lanes = [[], []];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        lanes[laneOf(i)].push(performance.now() - t0);
      }
    }),
  );
  return { lanes, perSecond: count / ((performance.now() - started) / 1000) };
}

function figures(name, concurrency, latencies, perSecond) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { name, concurrency, count: latencies.length, perSecond, ...percentiles(latencies), p95 };
}

const get = (cookie, path) => async () => (await expectStatus(await fetch(`${base}${path}`, { headers: { cookie } }))).arrayBuffer();
const post = (cookie, path, body, contentType = 'application/json') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, origin: base, ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The health floor at `concurrency`, timed like the runs it is compared with. */
const floors = {};
async function floor(concurrency) {
  if (!floors[concurrency]) {
    const task = async () => (await expectStatus(await fetch(`${base}/api/health`))).arrayBuffer();
    await measure(20, concurrency, task);
    const { lanes, perSecond } = await measure(200, concurrency, task);
    floors[concurrency] = figures('GET /api/health', concurrency, lanes[0], perSecond);
  }
  return floors[concurrency];
}

/** One path for both agencies, interleaved, after a warm-up of each. */
async function pair(name, path, count, concurrency, cookies) {
  const tasks = [get(cookies.small, path), get(cookies.large, path)];
  await measure(20, concurrency, (i) => tasks[i % 2]());
  const { lanes } = await measure(
    count * 2,
    concurrency,
    (i) => tasks[i % 2](),
    (i) => i % 2,
  );
  await floor(concurrency);
  return [
    figures(`${name} at 100 certificates`, concurrency, lanes[0], NaN),
    figures(`${name} at 100,000 certificates`, concurrency, lanes[1], NaN),
  ];
}

async function single(name, count, concurrency, task) {
  await measure(Math.min(20, count), concurrency, task);
  const { lanes, perSecond } = await measure(count, concurrency, task);
  await floor(concurrency);
  return figures(name, concurrency, lanes[0], perSecond);
}

/** Valid, distinct NIPs for the synthetic roster (born from 1970, TMT 25 years later). */
function rosterNip(i) {
  const birth = new Date(Date.UTC(1970, 0, 1) + (i % 9000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  return `${ymd}${birth.getUTCFullYear() + 25}${String((i % 12) + 1).padStart(2, '0')}${(i % 2) + 1}${String(1 + Math.floor(i / 9000)).padStart(3, '0')}`;
}
const letters = (n) => (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
const rosterCsv = (rows) => `NIP;Nama;Unit Kerja;Email\r\n${rows.map((r) => `${r.nip};${r.name};${r.unit};`).join('\r\n')}\r\n`;

/** A first roster of 10,000 into the empty agency, then a file with 10 % changed and 5 % gone. */
async function rosterRuns(cookie) {
  const members = Array.from({ length: ROSTER_ROWS }, (_, i) => ({
    nip: rosterNip(i),
    name: `Pegawai ${letters(i)}`,
    unit: `Unit ${i % 40}`,
  }));
  const changed = members
    .filter((_, i) => i % 20 !== 0)
    .map((m, i) => (i % 10 === 0 ? { ...m, name: `${m.name} Baru`, unit: `Unit ${(i + 1) % 40}` } : m));
  const runs = [];
  for (const [label, file] of [
    ['first upload', members],
    ['second upload (10 % changed, 5 % gone)', changed],
  ]) {
    let t0 = performance.now();
    const staged = await (await expectStatus(await post(cookie, '/api/admin/roster/imports', rosterCsv(file), 'text/csv'), 201)).json();
    const stageMs = performance.now() - t0;
    t0 = performance.now();
    await expectStatus(await post(cookie, `/api/admin/roster/imports/${staged.import.id}/apply`, { confirmLeavers: true }));
    const applyMs = performance.now() - t0;
    const { toAdd, toUpdate, toLeave } = staged.import;
    runs.push({ label, rows: file.length, stageMs, applyMs, toAdd, toUpdate, toLeave });
  }
  return runs;
}

/** Passing start + submit journeys into each agency, interleaved; the submit (which updates the counters) is timed. */
async function passingSubmits(count, concurrency) {
  const started = [];
  for (let i = 0; i < count * 2; i++) {
    const res = await expectStatus(
      await fetch(`${base}/api/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: startBody(700_000 + i, i % 2 ? AGENCY.large : AGENCY.small),
      }),
      201,
    );
    started.push(await res.json());
  }
  const { lanes } = await measure(
    started.length,
    concurrency,
    async (i) => {
      const { attemptId, questions } = started[i];
      const res = await expectStatus(await post(null, `/api/attempts/${attemptId}/submit`, { answers: answersFor(questions, 0).answers }));
      if (!(await res.json()).certificate) failures++;
    },
    (i) => i % 2,
  );
  await floor(concurrency);
  return [
    figures('POST /api/attempts/{id}/submit, passing, at 100 certificates', concurrency, lanes[0], NaN),
    figures('POST /api/attempts/{id}/submit, passing, at 100,000 certificates', concurrency, lanes[1], NaN),
  ];
}

const fmt = (n, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const ratio = (value, of) => `${fmt(value / of)}×`;

function report({ machine, raised, rows, scale, roster }) {
  const lines = [
    `Machine: ${machine.cores} cores (${machine.cpu}), load average ${machine.loadBefore} before, ${machine.loadAfter} after; ${machine.date}.`,
    `Data: \`npm run seed:scale\` (100 and 100,000 certificates; 120,000 on the large roster). Rate limits raised for the run: ${raised.join(', ')}.`,
    '',
    '| request | concurrency | n | p50 ms | p95 ms | p99 ms | p50 ÷ health | p99 ÷ health |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const f = floors[r.concurrency];
    lines.push(
      `| ${r.name} | ${r.concurrency} | ${r.count} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${ratio(r.p50, f.p50)} | ${ratio(r.p99, f.p99)} |`,
    );
  }
  lines.push('', '| at 100,000 ÷ at 100 | concurrency | p50 | p99 | within 2× |', '|---|---|---|---|---|');
  for (const s of scale) lines.push(`| ${s.name} | ${s.concurrency} | ${fmt(s.p50)}× | ${fmt(s.p99)}× | ${s.met ? 'yes' : 'no'} |`);
  lines.push(
    '',
    `| roster file (${ROSTER_ROWS.toLocaleString('en')} rows) | stage + preview ms | apply ms | added | updated | left | within ${ROSTER_SECONDS_TARGET} s |`,
  );
  lines.push('|---|---|---|---|---|---|---|');
  for (const r of roster) {
    const met = r.stageMs <= ROSTER_SECONDS_TARGET * 1000 && r.applyMs <= ROSTER_SECONDS_TARGET * 1000;
    lines.push(
      `| ${r.label} | ${fmt(r.stageMs, 0)} | ${fmt(r.applyMs, 0)} | ${r.toAdd} | ${r.toUpdate} | ${r.toLeave} | ${met ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}

const machine = machineNow();
const server = await startBenchServer({ scale: true });
base = server.base;
try {
  const cookies = Object.fromEntries(
    await Promise.all(Object.entries(ACCOUNTS).map(async ([k, account]) => [k, await signIn(base, ...account)])),
  );
  const rows = [];
  const scale = [];
  for (const [name, path, concurrency, count] of benchConfig.adminPairs) {
    const [small, large] = await pair(name, path, count, concurrency, cookies);
    rows.push(small, large);
    const p50 = large.p50 / small.p50;
    const p99 = large.p99 / small.p99;
    scale.push({ name, concurrency, p50, p99, met: p50 <= SCALE_RATIO_TARGET && p99 <= SCALE_RATIO_TARGET });
  }
  // Page 101 of the 20,000 pending at 100,000: walk 100 pages with the keyset cursor, then measure there.
  let after = null;
  for (let i = 0; i < 100; i++) {
    const page = JSON.parse(new TextDecoder().decode(await get(cookies.large, `/api/admin/pending${after ? `?after=${after}` : ''}`)()));
    after = page.next;
  }
  rows.push(await single('GET /api/admin/pending, page 101 at 100,000', 200, 10, get(cookies.large, `/api/admin/pending?after=${after}`)));
  rows.push(await single('GET /admin/belum-lulus (SSR page) at 100,000', 100, 5, get(cookies.large, '/admin/belum-lulus')));
  const login = async () =>
    (await expectStatus(await post(null, '/api/auth/login', { email: ACCOUNTS.small[0], password: ACCOUNTS.small[1] }))).arrayBuffer();
  rows.push(await single('POST /api/auth/login (scrypt)', 20, 1, login), await single('POST /api/auth/login (scrypt)', 40, 4, login));
  try {
    rows.push(...(await passingSubmits(100, 10)));
  } catch (error) {
    console.error(`passing submits: ${error.message}`);
  }
  const roster = await rosterRuns(cookies.importer);
  // Revocations at 100,000, one after another (each recounts the agency's report): one to warm up, then five.
  const report100k = JSON.parse(new TextDecoder().decode(await get(cookies.admin, '/api/admin/report')()));
  const codes = report100k.recent.filter((c) => c.status === 'valid').map((c) => c.code);
  if (codes.length < 6) throw new Error(`the report lists ${codes.length} valid certificates, 6 are needed`);
  const revoke = async (i) =>
    (
      await expectStatus(await post(cookies.admin, `/api/admin/certificates/${codes[i]}/revoke`, { reason: 'Benchmark: data uji' }))
    ).arrayBuffer();
  await revoke(5);
  const revoked = await measure(5, 1, revoke);
  await floor(1);
  rows.push(figures('POST /api/admin/certificates/{code}/revoke at 100,000', 1, revoked.lanes[0], revoked.perSecond));
  machine.loadAfter = loadAverage();
  const results = { machine, raised: server.raised, floors, rows, scale, roster, failures };
  const text = report(results);
  writeFileSync('bench/results/admin.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results/admin.md', `# Admin benchmark\n\n\`npm run bench:admin\`, written by bench/admin.mjs.\n\n${text}\n`);
  console.log(text);
  const rosterSlow = roster.some((r) => r.stageMs > ROSTER_SECONDS_TARGET * 1000 || r.applyMs > ROSTER_SECONDS_TARGET * 1000);
  const reportMet = scale.filter((s) => s.name === 'GET /api/admin/report').every((s) => s.met);
  if (failures || rosterSlow || !reportMet) {
    console.error(
      `\nFAILED: ${failures} failed requests; roster within ${ROSTER_SECONDS_TARGET} s: ${!rosterSlow}; report within 2×: ${reportMet}.`,
    );
    process.exitCode = 1;
  }
} finally {
  server.stop();
}
