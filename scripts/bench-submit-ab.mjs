// Submit latency of two builds compared fairly (`node scripts/bench-submit-ab.mjs <dirA> <portA> <dirB> <portB> [n]`,
// each dir built and its local D1 seeded): both served side by side, requests interleaved A/B/B/A so the
// machine's load hits both alike. Used to check that the report counters keep submit p50 within 10 %.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const [dirA, portA, dirB, portB, nArg] = process.argv.slice(2);
const N = Number(nArg ?? 120);
const SC = join(dirB, 'content/scenarios');
const bank = new Map(readdirSync(SC).map((f) => JSON.parse(readFileSync(join(SC, f), 'utf8'))).map((s) => [s.id, s]));
const right = (qs) => qs.map((q) => { const s = bank.get(q.id); const t = s.options.find((o) => o.key === s.correct).text.id; return { questionId: q.id, optionId: q.options.find((o) => o.text === t).id }; });
const wrong = (qs) => qs.map((q) => ({ questionId: q.id, optionId: '1' }));
function serve(dir, port) {
  return spawn(join(dir, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', port], { cwd: dir, stdio: 'ignore', detached: true, env: { ...process.env, PATH: join(dir, 'node_modules/.bin') + ':' + process.env.PATH } });
}
async function up(port) { for (let i = 0; i < 240; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return; } catch {} await new Promise((r) => setTimeout(r, 500)); } throw new Error('no server ' + port); }
const servers = [serve(dirA, portA), serve(dirB, portB)];
let ip = 0;
const h = () => { ip++; return { 'content-type': 'application/json', 'cf-connecting-ip': `10.9.${(ip >> 8) & 255}.${ip & 255}` }; };
const participant = { nip: '198503152010121001', name: 'Benchmark Peserta', agencyId: 'kab-34.02', unit: 'Dinas Pendidikan' };
async function start(port) { const r = await fetch(`http://127.0.0.1:${port}/api/attempts`, { method: 'POST', headers: h(), body: JSON.stringify({ participant }) }); if (r.status !== 201) throw new Error(await r.text()); return r.json(); }
async function timeSubmit(port, a, answers) { const t = performance.now(); const r = await fetch(`http://127.0.0.1:${port}/api/attempts/${a.attemptId}/submit`, { method: 'POST', headers: h(), body: JSON.stringify({ answers }) }); await r.text(); if (r.status !== 200) throw new Error(String(r.status)); return performance.now() - t; }
try {
  await Promise.all([up(portA), up(portB)]);
  const res = { A: { pass: [], fail: [] }, B: { pass: [], fail: [] } };
  for (let i = 0; i < N; i++) {
    const kind = i % 2 ? 'pass' : 'fail';
    const [a, b] = await Promise.all([start(portA), start(portB)]);
    const order = i % 4 < 2 ? [['A', portA, a], ['B', portB, b]] : [['B', portB, b], ['A', portA, a]];
    for (const [side, port, att] of order) res[side][kind].push(await timeSubmit(port, att, kind === 'pass' ? right(att.questions) : wrong(att.questions)));
  }
  const p = (xs, q) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(q * s.length)].toFixed(1); };
  for (const side of ['A', 'B']) for (const kind of ['fail', 'pass']) console.log(side, kind, 'n', res[side][kind].length, 'p50', p(res[side][kind], 0.5), 'p95', p(res[side][kind], 0.95));
} finally { for (const s of servers) process.kill(-s.pid); }
