// Per-PDF CPU of certificate rendering in a batch (`node bench/pdf-batch.mjs [count]`, default 100).
// Loads functions/certificates/pdf.ts through Vite (as the Worker build does, so the `?inline` font
// imports resolve) and renders `count` different certificates one after another. Reports process CPU
// (user + system) and wall time per PDF. When the module has `createCertificateRenderer`, the batch
// shares one renderer (fonts parsed once); `renderCertificatePdf` per call is measured too, which on
// older commits is the only path (run this file against them for the "before" figure).
import { runnerImport } from 'vite';

const COUNT = Number(process.argv[2] ?? 100);
const WARM_UP = 3;
const root = new URL('..', import.meta.url).pathname;
const { module: pdf } = await runnerImport('/functions/certificates/pdf.ts', { root, configFile: false, logLevel: 'silent' });

const names = ['Ni Luh Putu Āyu Ḍewi Nur’aini', 'Budi Santoso, S.Kom.', 'Siti Rahayu, S.Pd.', 'Yohanes Bosco Ndruru', 'Made Wirawan'];
const certificate = (i) => {
  const digits = String(i).padStart(4, '0');
  const code = `NA-7K3M-Q9TZ-${digits}`;
  return {
    code,
    name: names[i % names.length],
    nip: '198503**********01',
    agency: 'Pemerintah Kabupaten Bantul',
    score: 8 + (i % 3),
    total: 10,
    issuedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    status: i % 17 === 0 ? 'revoked' : 'valid',
    signature: 'sig',
    verifyUrl: `https://netral-asn.example.id/verifikasi/${code}`,
  };
};
const publicKeyUrl = 'https://netral-asn.example.id/api/certificates/public-key';

async function measure(label, render) {
  for (let i = 0; i < WARM_UP; i++) await render(certificate(COUNT + i));
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) bytes += (await render(certificate(i))).length;
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  const row = {
    variant: label,
    pdfs: COUNT,
    'CPU ms/PDF': ((cpu.user + cpu.system) / 1000 / COUNT).toFixed(1),
    'wall ms/PDF': (wall / COUNT).toFixed(1),
    'KiB/PDF': (bytes / 1024 / COUNT).toFixed(1),
  };
  console.log(JSON.stringify(row));
  return row;
}

const rows = [];
rows.push(
  await measure('renderCertificatePdf per call (the single-PDF route)', (c) => pdf.renderCertificatePdf({ certificate: c, publicKeyUrl })),
);
if (pdf.createCertificateRenderer) {
  const renderer = await pdf.createCertificateRenderer({ publicKeyUrl });
  rows.push(await measure('createCertificateRenderer: one renderer for the batch', (c) => renderer.render(c)));
}
console.log(`\n| variant | PDFs | CPU ms/PDF | wall ms/PDF | KiB/PDF |\n|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.variant} | ${r.pdfs} | ${r['CPU ms/PDF']} | ${r['wall ms/PDF']} | ${r['KiB/PDF']} |`);
