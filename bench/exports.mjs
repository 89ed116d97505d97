// Exports against the built Worker on workerd (`npm run bench:exports`, after `npm run build`): a bench
// server with the seed:scale data (Kabupaten Malang: 100 certificates; Provinsi Jawa Timur: 100,000),
// signed in as each agency's HR user. Measures the certificates CSV of 100 and of 100,000 rows (time to
// first byte, total, the workerd process's resident memory sampled every 20 ms during the download, and
// its VmHWM peak) and a ZIP of PDFs: time to first byte, and to the 500th PDF and the whole first part.
// Results go to bench/results/exports.json. Seeding 100,000 certificates takes a few minutes first.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { signIn, startBenchServer } from './server.mjs';

const MALANG = { email: 'hr@malang.example.id', password: 'skala-hr-malang-2026' };
const JATIM = { email: 'hr@jatim.example.id', password: 'skala-hr-jatim-2026' };
const ZIP_ENTRY = Buffer.from('PK\x03\x04', 'latin1');

/** The pids under `root` (its process tree), from /proc. */
function descendants(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {}
  }
  const found = [];
  const walk = (pid) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The workerd process serving the Worker (the largest one under the bench server). */
function workerdPid(root) {
  const pids = descendants(root).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd';
    } catch {
      return false;
    }
  });
  return pids.sort((a, b) => memory(b).rss - memory(a).rss)[0];
}

/** VmRSS and VmHWM of a process, in MB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Downloads `path` as a client reads it, sampling workerd's memory; with `countEntries`, also when the 500th ZIP entry began. */
async function download(base, path, cookie, pid, { countEntries = false } = {}) {
  const before = memory(pid);
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memory(pid).rss);
  }, 20);
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  const reader = res.body.getReader();
  let firstByte;
  let bytes = 0;
  let entries = 0;
  let at500;
  let tail = Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByte ??= performance.now() - started;
    bytes += value.length;
    if (countEntries) {
      // Local file headers, also across chunk boundaries: the 3 bytes kept from the last chunk cannot hold a
      // whole 4-byte signature, so none is counted twice.
      const chunk = Buffer.concat([tail, Buffer.from(value)]);
      for (let i = chunk.indexOf(ZIP_ENTRY); i >= 0; i = chunk.indexOf(ZIP_ENTRY, i + 4)) entries++;
      tail = chunk.subarray(Math.max(0, chunk.length - 3));
      if (entries > 500 && at500 === undefined) at500 = performance.now() - started;
    }
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  const after = memory(pid);
  const ms = (v) => (v === undefined ? null : Math.round(v));
  const mb = (v) => Math.round(v * 10) / 10;
  return {
    path,
    bytes,
    ...(countEntries ? { entries, msTo500thEntry: ms(at500) } : {}),
    msFirstByte: ms(firstByte),
    msTotal: ms(total),
    rssBeforeMB: mb(before.rss),
    rssPeakSampledMB: mb(peakRss),
    rssAfterMB: mb(after.rss),
    vmHwmAfterMB: mb(after.hwm),
  };
}

const server = await startBenchServer({ scale: true });
try {
  const pid = workerdPid(server.pid);
  if (!pid) throw new Error('no workerd process found under the bench server');
  const malang = await signIn(server.base, MALANG.email, MALANG.password);
  const jatim = await signIn(server.base, JATIM.email, JATIM.password);
  // Warm the isolate (first request compiles the Worker), then measure each twice and keep both.
  await (await fetch(`${server.base}/api/admin/exports/certificates.csv?cycle=all`, { headers: { cookie: malang } })).arrayBuffer();
  const results = { csv100: [], csv100000: [], zip: [] };
  for (let run = 0; run < 2; run++) {
    results.csv100.push(await download(server.base, '/api/admin/exports/certificates.csv?cycle=all', malang, pid));
    results.csv100000.push(await download(server.base, '/api/admin/exports/certificates.csv?cycle=all', jatim, pid));
  }
  results.zip.push(await download(server.base, '/api/admin/exports/certificates.zip?cycle=all&part=1', jatim, pid, { countEntries: true }));
  const output = { at: new Date().toISOString(), node: process.version, workerdPid: pid, ...results };
  writeFileSync('bench/results/exports.json', `${JSON.stringify(output, null, 2)}\n`);
  console.log(JSON.stringify(output, null, 2));
} finally {
  server.stop();
}
