// A ZIP of certificate PDFs (`node bench/zip.mjs [count]`, default 500, the per-file maximum): time to
// the first byte and in total, CPU, size and peak heap. Loads the Worker's modules through Vite (as the
// build does, so the `?inline` fonts resolve) and reads the stream as a client would.
import v8 from 'node:v8';
import vm from 'node:vm';
import { runnerImport } from 'vite';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const COUNT = Number(process.argv[2] ?? 500);
const PAGE = 100;
const root = new URL('..', import.meta.url).pathname;
const load = async (id) => (await runnerImport(id, { root, configFile: false, logLevel: 'silent' })).module;
const { createCertificateRenderer } = await load('/functions/certificates/pdf.ts');
const { certificatesZip } = await load('/functions/exports/zip.ts');

const names = ['Ni Luh Putu Āyu Ḍewi Nur’aini', 'Budi Santoso, S.Kom.', 'Siti Rahayu, S.Pd.', 'Yohanes Bosco Ndruru', 'Made Wirawan'];
const certificate = (i) => {
  const code = `NA-7K3M-Q9TZ-${String(i).padStart(4, '0')}`;
  return {
    code,
    name: names[i % names.length],
    nip: '198503**********01',
    agency: 'Pemerintah Kabupaten Bantul',
    score: 8 + (i % 3),
    total: 10,
    issuedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    status: 'valid',
    signature: 'sig',
    verifyUrl: `https://netral-asn.example.id/verifikasi/${code}`,
  };
};
// Pages made on demand, like keyset queries of PAGE rows.
const fetchPage = async (cursor) => {
  const from = cursor ?? 0;
  const rows = Array.from({ length: Math.min(PAGE, COUNT - from) }, (_, i) => certificate(from + i));
  return { rows, next: from + PAGE < COUNT ? from + PAGE : null };
};

const started = performance.now();
const cpu0 = process.cpuUsage();
// The request's own work: a renderer (fonts prepared on first use in the isolate) and the stream.
const renderer = await createCertificateRenderer({ publicKeyUrl: 'https://netral-asn.example.id/api/certificates/public-key' });
const reader = certificatesZip({ fetchPage, render: renderer.render }).getReader();
let firstByte;
let bytes = 0;
const heap = [];
let files = 0;
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  firstByte ??= performance.now() - started;
  bytes += value.length;
  // Retained heap (after a full GC) a fifth of the way in and near the end: flat if nothing accumulates.
  if (value.length > 1000 && (++files === Math.round(COUNT / 5) || files === COUNT - 5)) {
    gc();
    heap.push(process.memoryUsage().heapUsed);
  }
}
const total = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
const row = {
  pdfs: COUNT,
  'first byte ms': Math.round(firstByte),
  'total s': (total / 1000).toFixed(1),
  'CPU s': ((cpu.user + cpu.system) / 1e6).toFixed(1),
  'CPU ms/PDF': ((cpu.user + cpu.system) / 1000 / COUNT).toFixed(1),
  MiB: (bytes / 2 ** 20).toFixed(1),
  'retained heap growth MiB (1/5 → end)': ((heap[1] - heap[0]) / 2 ** 20).toFixed(1),
};
console.log(JSON.stringify(row));
console.log(
  `\n| ${Object.keys(row).join(' | ')} |\n|${Object.keys(row)
    .map(() => '---')
    .join('|')}|\n| ${Object.values(row).join(' | ')} |`,
);
