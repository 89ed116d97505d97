// Benchmarks (`npm run bench`, after `npm run build`): page weight of the built site, and API latency
// and throughput on the real local runtime (astro preview → workerd + local D1). Prints a Markdown
// table for the README. Numbers are from one machine; compare runs on the same machine only.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = Number(process.env.BENCH_PORT ?? 8799);
const BASE = `http://127.0.0.1:${PORT}`;
const CLIENT = new URL('../dist/client/', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

function pageWeights() {
  const pages = files(CLIENT).filter((f) => f.endsWith('.html'));
  const sizes = pages.map((path) => ({ path: path.slice(CLIENT.length), gzip: gzipSync(readFileSync(path), { level: 9 }).length })).sort((a, b) => b.gzip - a.gzip);
  const scripts = files(CLIENT).filter((f) => f.endsWith('.js') && !f.includes('/pagefind/'));
  return {
    pages: sizes.length,
    largest: sizes[0],
    median: sizes[Math.floor(sizes.length / 2)],
    scripts: scripts.map((path) => ({ path: path.slice(CLIENT.length), gzip: gzipSync(readFileSync(path), { level: 9 }).length })),
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `task` `count` times with `concurrency` in flight; returns latency percentiles and throughput. */
async function measure(count, concurrency, task) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { count, concurrency, p50: percentile(latencies, 50), p95: percentile(latencies, 95), perSecond: count / seconds };
}

async function ok(res, status = 200) {
  if (res.status !== status) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return res;
}

async function startServer() {
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

/** The right option of a drawn question, found by its text in the bank (only the server knows option ids). */
const SCENARIOS = new URL('../content/scenarios/', import.meta.url).pathname;
const bank = new Map(readdirSync(SCENARIOS).map((f) => JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8'))).map((s) => [s.id, s]));
function rightAnswers(questions) {
  return questions.map((q) => {
    const scenario = bank.get(q.id);
    const text = scenario.options.find((o) => o.key === scenario.correct).text.id;
    return { questionId: q.id, optionId: q.options.find((o) => o.text === text).id };
  });
}

const participant = { nip: '198503152010121001', name: 'Benchmark Peserta', agencyId: 'kab-34.02', unit: 'Dinas Pendidikan' };
// Locally the runtime passes this header through; each simulated client gets its own address so the
// per-client rate limit (20 writes a minute) does not turn the benchmark into a 429 test.
const client = (i) => ({ 'content-type': 'application/json', 'cf-connecting-ip': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });

/** Valid, distinct NIPs for synthetic roster files (birth dates from 1970, TMT 25 years later). */
function benchNip(i) {
  const birth = new Date(Date.UTC(1970, 0, 1) + (i % 9000) * 86_400_000);
  return `${birth.toISOString().slice(0, 10).replaceAll('-', '')}${birth.getUTCFullYear() + 25}${String((i % 12) + 1).padStart(2, '0')}${(i % 2) + 1}${String(1 + Math.floor(i / 9000)).padStart(3, '0')}`;
}
const rosterCsv = (rows) => `NIP;Nama;Unit Kerja;Email\r\n${rows.map((r) => `${r.nip};${r.name};${r.unit};`).join('\r\n')}\r\n`;

/** Signs in (accounts from `npm run seed:scale`); null when that seed has not been run. */
async function signIn(email, password) {
  const res = await fetch(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: BASE }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) return null;
  return res.headers.get('set-cookie').split(';')[0];
}

/** Report, dashboard, pending list, roster import and revocation on the seed:scale agencies. */
async function adminBench() {
  const small = await signIn('hr@malang.example.id', 'skala-hr-malang-2026');
  const large = await signIn('hr@jatim.example.id', 'skala-hr-jatim-2026');
  const importer = await signIn('hr@lumajang.example.id', 'skala-hr-lumajang-2026');
  const admin = await signIn('admin@jatim.example.id', 'skala-admin-jatim-2026');
  if (!small || !large || !importer || !admin) return null;
  const get = (cookie, path) => async () => ok(await fetch(`${BASE}${path}`, { headers: { cookie } }));
  // Each measured after a short warm-up of the same request, so neither size pays for the isolate's first calls.
  const warm = async (count, concurrency, task) => (await measure(20, 5, task), measure(count, concurrency, task));
  // The two sizes are measured interleaved (request i goes to the small agency when even, the large one when
  // odd), so a busy machine slows both alike and the comparison stays fair.
  const pair = async (count, concurrency, path) => {
    const tasks = [get(small, path), get(large, path)];
    await measure(20, 5, (i) => tasks[i % 2]());
    const latencies = [[], []];
    await measure(count * 2, concurrency, async (i) => {
      const t0 = performance.now();
      await tasks[i % 2]();
      latencies[i % 2].push(performance.now() - t0);
    });
    return latencies.map((l) => {
      l.sort((a, b) => a - b);
      return { count, concurrency, p50: percentile(l, 50), p95: percentile(l, 95), perSecond: NaN };
    });
  };
  const rows = [];
  for (const [name, path, count, concurrency] of [
    ['GET /api/admin/report', '/api/admin/report', 200, 10],
    ['GET /admin (SSR)', '/admin', 100, 6],
    ['GET /api/admin/pending, first page', '/api/admin/pending', 200, 10],
  ]) {
    const [at100, at100k] = await pair(count, concurrency, path);
    rows.push([`${name} at 100 certificates`, at100], [`${name} at 100,000 certificates`, at100k]);
  }
  // A page deep in the 20,000 pending: walk 100 pages with the keyset cursor, then measure there.
  let after = null;
  for (let i = 0; i < 100; i++) after = (await (await get(large, `/api/admin/pending${after ? `?after=${after}` : ''}`)()).json()).next;
  rows.push(['GET /api/admin/pending, page 101 (100,000)', await warm(200, 10, get(large, `/api/admin/pending?after=${after}`))]);
  rows.push(['GET /admin/belum-lulus (100,000, SSR)', await warm(100, 5, get(large, '/admin/belum-lulus'))]);

  // Roster of 10,000 into an empty agency, then a second file changing 10 % and dropping 5 %.
  const members = Array.from({ length: 10_000 }, (_, i) => ({ nip: benchNip(i), name: `Pegawai Bench ${String.fromCharCode(65 + (i % 26))}`, unit: `Unit ${i % 40}` }));
  const changed = members.filter((_, i) => i % 20 !== 0).map((m, i) => (i % 10 === 0 ? { ...m, name: `${m.name} Baru`, unit: `Unit ${(i + 1) % 40}` } : m));
  const timed = async (request) => {
    const t0 = performance.now();
    const res = await request();
    return { ms: performance.now() - t0, body: await res.json() };
  };
  const imports = [];
  for (const file of [members, changed]) {
    const staged = await timed(async () =>
      ok(await fetch(`${BASE}/api/admin/roster/imports`, { method: 'POST', headers: { 'content-type': 'text/csv', origin: BASE, cookie: importer }, body: rosterCsv(file) }), 201),
    );
    const applied = await timed(async () =>
      ok(
        await fetch(`${BASE}/api/admin/roster/imports/${staged.body.import.id}/apply`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: BASE, cookie: importer },
          body: JSON.stringify({ confirmLeavers: true }),
        }),
      ),
    );
    imports.push({ rows: file.length, stage: staged.ms, apply: applied.ms, preview: staged.body.import });
  }
  // Revoking at 100,000: five certificates, one after another.
  const recent = (await (await get(admin, '/api/admin/report')()).json()).recent.filter((c) => c.status === 'valid').slice(0, 5);
  const revoke = await measure(recent.length, 1, async (i) =>
    ok(
      await fetch(`${BASE}/api/admin/certificates/${recent[i].code}/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE, cookie: admin },
        body: JSON.stringify({ reason: 'Benchmark: data uji' }),
      }),
    ),
  );
  rows.push(['POST /api/admin/certificates/{code}/revoke (100,000)', revoke]);
  return { rows, imports };
}

const server = await startServer();
try {
  const weights = pageWeights();
  const agencies = await measure(400, 10, async (i) => ok(await fetch(`${BASE}/api/agencies?q=${['kab', 'kota band', 'bantul', 'kementerian'][i % 4]}`)));
  const staticPage = await measure(400, 10, async () => ok(await fetch(`${BASE}/aturan/media-sosial`)));
  const attemptIds = [];
  const start = await measure(200, 10, async (i) => {
    const res = await ok(await fetch(`${BASE}/api/attempts`, { method: 'POST', headers: client(i), body: JSON.stringify({ participant, locale: 'id' }) }), 201);
    const body = await res.json();
    attemptIds.push({ id: body.attemptId, questions: body.questions });
  });
  const codes = [];
  const submitRun = await measure(attemptIds.length, 10, async (i) => {
    const { id, questions } = attemptIds[i];
    // Always answer "1": about a quarter right, so this mostly measures failing submissions; see below for passing ones.
    const answers = questions.map((q) => ({ questionId: q.id, optionId: '1' }));
    const res = await ok(await fetch(`${BASE}/api/attempts/${id}/submit`, { method: 'POST', headers: client(100_000 + i), body: JSON.stringify({ answers }) }));
    const body = await res.json();
    if (body.certificate) codes.push(body.certificate.code);
  });
  // Passing submissions: each issues a signed certificate and updates the report counters in the same batch.
  const passing = [];
  for (let i = 0; i < 150; i++) {
    const res = await ok(await fetch(`${BASE}/api/attempts`, { method: 'POST', headers: client(200_000 + i), body: JSON.stringify({ participant, locale: 'id' }) }), 201);
    passing.push(await res.json());
  }
  const submitPass = await measure(passing.length, 10, async (i) => {
    const { attemptId, questions } = passing[i];
    const res = await ok(await fetch(`${BASE}/api/attempts/${attemptId}/submit`, { method: 'POST', headers: client(300_000 + i), body: JSON.stringify({ answers: rightAnswers(questions) }) }));
    if (!(await res.json()).certificate) throw new Error('expected a certificate');
  });
  const demo = 'NA-DEM0-2026-0001';
  const verify = await measure(300, 10, async () => ok(await fetch(`${BASE}/api/certificates/${demo}`)));
  const verifyPage = await measure(300, 10, async () => ok(await fetch(`${BASE}/verifikasi/${demo}`)));
  const pdf = await measure(60, 4, async () => ok(await fetch(`${BASE}/api/certificates/${demo}/pdf`)));
  const admin = await adminBench();

  const row = (name, r) => `| ${name} | ${r.count} | ${r.concurrency} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${Number.isNaN(r.perSecond) ? '—' : r.perSecond.toFixed(0)} |`;
  console.log(`\nBuilt site: ${weights.pages} HTML pages; largest ${weights.largest.path} ${(weights.largest.gzip / 1024).toFixed(1)} KB gzip (HTML + inline CSS), median ${(weights.median.gzip / 1024).toFixed(1)} KB.`);
  console.log(`Scripts: ${weights.scripts.map((s) => `${s.path} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ') || 'none'}\n`);
  console.log('| request | n | concurrency | p50 ms | p95 ms | req/s |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('GET /aturan/media-sosial (static)', staticPage));
  console.log(row('GET /api/agencies?q=…', agencies));
  console.log(row('POST /api/attempts', start));
  console.log(row('POST /api/attempts/{id}/submit', submitRun));
  console.log(row('POST /api/attempts/{id}/submit (passing)', submitPass));
  console.log(row('GET /api/certificates/{code}', verify));
  console.log(row('GET /verifikasi/{code} (SSR page)', verifyPage));
  console.log(row('GET /api/certificates/{code}/pdf', pdf));
  if (!admin) console.log('\n(Agency report figures need `npm run seed:scale` first.)');
  else {
    for (const [name, r] of admin.rows) console.log(row(name, r));
    console.log('\n| roster file | rows | stage + preview ms | apply ms | added | updated | left |');
    console.log('|---|---|---|---|---|---|---|');
    admin.imports.forEach((r, i) =>
      console.log(`| ${i === 0 ? 'first upload' : 'second upload (10 % changed, 5 % gone)'} | ${r.rows} | ${r.stage.toFixed(0)} | ${r.apply.toFixed(0)} | ${r.preview.toAdd} | ${r.preview.toUpdate} | ${r.preview.toLeave} |`),
    );
  }
} finally {
  process.kill(-server.pid);
}
