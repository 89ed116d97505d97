// Page speed as a user's phone sees it (`npm run bench:lighthouse`, after `npm run build`; slow): Lighthouse
// with its default mobile profile (Moto G Power-sized screen, 4× CPU slowdown, simulated slow 4G) on the
// bench server, three rounds over the pages (alternating, so a busy moment of the machine hits every page
// alike), the median of each figure per page. Writes bench/results/lighthouse.{json,md}.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { installedChromium, machineProbes } from '../scripts/chromium.mjs';
import { signIn, startBenchServer } from './server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DEBUG_PORT = Number(process.env.BENCH_CHROME_PORT ?? 8835);
/** [name, path, indexable]: the verify page is noindex on purpose (a person's certificate), so SEO is not scored there. */
const ALL_PAGES = [
  ['home', '/', true],
  ['explainer', '/aturan/media-sosial', true],
  ['quiz', '/kuis', true],
  ['action checker', '/cek-tindakan', true],
  ['search', '/cari', true],
  ['verify', '/verifikasi/NA-DEM0-2026-0001', false],
  // Signed in as the seed's Bantul HR officer (the cookie goes in Lighthouse's extraHeaders).
  ['admin report', '/admin', false, { email: 'hr@bantul.example.id', password: 'demo-hr-bantul-2026' }],
];
// BENCH_PAGES=quiz,search runs only those (names as above), for a quick look at one page.
const PAGES = process.env.BENCH_PAGES ? ALL_PAGES.filter(([name]) => process.env.BENCH_PAGES.split(',').includes(name)) : ALL_PAGES;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

async function launchChromium() {
  const path = installedChromium(machineProbes());
  if (!path) throw new Error('No Chromium: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'netral-lighthouse-'));
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  const child = spawn(path, [...flags, `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`)).ok) {
        return async () => {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
          rmSync(profile, { recursive: true, force: true });
        };
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`Chromium (${path}) did not open its debugging port ${DEBUG_PORT}`);
}

/** The figures of one Lighthouse run, and what cost points (for the report's "why"). */
function figures({ lhr }) {
  const audit = (id) => lhr.audits[id];
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
  const failing = {};
  for (const c of CATEGORIES.filter((c) => c !== 'performance')) {
    failing[c] = lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
      .map((ref) => {
        const nodes = (audit(ref.id).details?.items ?? [])
          .slice(0, 2)
          .map((item) => item.node?.snippet)
          .filter(Boolean);
        return `${ref.id}: ${audit(ref.id).title}${nodes.length ? ` (${nodes.map((n) => `\`${n}\``).join(', ')})` : ''}`;
      });
  }
  const shiftAudit = audit('layout-shifts');
  // With Debian's newer Chromium this audit fails (its RootCauses gatherer reads a trace field that moved);
  // `shiftSources` then names the elements instead.
  const shifts = shiftAudit.errorMessage
    ? []
    : (shiftAudit.details?.items ?? []).map((item) => `${item.node?.selector ?? item.node?.snippet ?? '?'} (${item.score.toFixed(3)})`);
  return {
    ...scores,
    cls: audit('cumulative-layout-shift').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    si: audit('speed-index').numericValue,
    failing,
    shifts,
  };
}

/** One Lighthouse run; a failed trace (NO_NAVSTART, which a busy machine causes now and then) is run again, twice at most. */
async function runLighthouse(url, name, extraHeaders) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, extraHeaders });
    const { lhr } = result;
    if (!lhr.runtimeError) return result;
    if (attempt === 3) throw new Error(`${name}: ${lhr.runtimeError.message}`);
    console.error(`${name}: ${lhr.runtimeError.code}, running it again`);
  }
}

/**
 * The elements that moved while `url` loaded at a phone's width, from the browser's own layout-shift entries
 * (what CLS adds up): selector-like names and each shift's value.
 */
async function shiftSources(url) {
  const browser = await chromium.launch({ executablePath: installedChromium(machineProbes()), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
    const page = await context.newPage();
    // Slowed like Lighthouse's phone (4× CPU, slow 4G), so the page paints before its scripts change it, as there.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 204_800,
      uploadThroughput: 96_000,
    });
    await page.addInitScript(() => {
      window.__shifts = [];
      const name = (el) => `${el.localName}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      const label = (node) => {
        const el = node?.nodeType === 1 ? node : node?.parentElement;
        return el ? `${name(el)} “${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}…”` : '(a removed node)';
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, sources: entry.sources.map((s) => label(s.node)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A shift that happens before the first paint is not one; on a fast moment it can, so look up to three times.
    let shifts = [];
    for (let i = 0; i < 3 && shifts.length === 0; i++) {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(2000);
      shifts = await page.evaluate(() => window.__shifts);
    }
    await context.close();
    return shifts.map((s) => `${s.sources.join(', ')} (${s.value.toFixed(3)})`);
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startBenchServer();
let closeChromium = async () => {};
try {
  closeChromium = await launchChromium();
  const runs = Object.fromEntries(PAGES.map(([name]) => [name, []]));
  const loadBefore = loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, path, , account] of PAGES) {
      const headers = account ? { cookie: await signIn(server.base, account.email, account.password) } : undefined;
      runs[name].push(figures(await runLighthouse(`${server.base}${path}`, name, headers)));
      console.error(
        `round ${round}/${ROUNDS} ${name}: performance ${runs[name].at(-1).performance}, CLS ${runs[name].at(-1).cls.toFixed(3)}`,
      );
    }
  }
  const pages = [];
  for (const [name, path, indexable] of PAGES) {
    const r = runs[name];
    const med = Object.fromEntries(
      ['performance', 'accessibility', 'best-practices', 'seo', 'cls', 'fcp', 'lcp', 'tbt', 'si'].map((k) => [
        k,
        median(r.map((x) => x[k])),
      ]),
    );
    const misses = Object.entries(TARGETS)
      .filter(([c, target]) => (c !== 'seo' || indexable) && med[c] < target)
      .map(([c]) => c);
    if (med.cls > 0) misses.push('cls');
    // The reasons named are those of any run (an audit failing in one run of three is worth knowing).
    const why = {};
    for (const c of ['accessibility', 'best-practices', 'seo']) why[c] = [...new Set(r.flatMap((x) => x.failing[c]))];
    why.shifts = [...new Set(r.flatMap((x) => x.shifts))];
    if (med.cls > 0 && why.shifts.length === 0) why.shifts = await shiftSources(`${server.base}${path}`);
    pages.push({ name, path, indexable, median: med, runs: r.map(({ failing, shifts, ...rest }) => rest), misses, why });
  }
  const machine = {
    cores: cpus().length,
    loadBefore,
    loadAfter: loadavg()
      .map((n) => n.toFixed(1))
      .join(' / '),
    date: new Date().toISOString().slice(0, 16),
  };
  writeFileSync('bench/results/lighthouse.json', `${JSON.stringify({ machine, rounds: ROUNDS, pages }, null, 2)}\n`);
  writeFileSync('bench/results/lighthouse.md', markdown(machine, pages));
  console.log(markdown(machine, pages));
} finally {
  server.stop();
  await closeChromium();
}

function markdown(machine, pages) {
  const ms = (n) => `${(n / 1000).toFixed(1)} s`;
  const lines = [
    '# Lighthouse: page speed like a user’s phone',
    '',
    `\`npm run bench:lighthouse\` (bench/lighthouse.mjs): Lighthouse 12 mobile profile, simulated slow 4G and 4× CPU slowdown, Debian Chromium, against the built Worker under \`wrangler dev\`. Median of ${ROUNDS} runs per page, pages alternated. Machine: ${machine.cores} cores, load average ${machine.loadBefore} before, ${machine.loadAfter} after; ${machine.date}.`,
    '',
    'Targets: 100 accessibility, best practices and SEO (SEO only where the page is indexable), performance ≥ 95, CLS 0.',
    '',
    '| page | path | performance | accessibility | best practices | SEO | CLS | FCP | LCP | TBT | misses |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const p of pages) {
    const m = p.median;
    lines.push(
      `| ${p.name} | \`${p.path}\` | ${m.performance} | ${m.accessibility} | ${m['best-practices']} | ${p.indexable ? m.seo : `${m.seo} (noindex, not scored)`} | ${m.cls.toFixed(3)} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${Math.round(m.tbt)} ms | ${p.misses.join(', ') || 'none'} |`,
    );
  }
  lines.push(
    '',
    '## What cost points',
    '',
    'Audits that failed in any run; for a layout shift, the elements that moved at a phone’s width (the cause is what appeared or grew above them after the first paint).',
    '',
  );
  for (const p of pages) {
    const reasons = [
      ...['accessibility', 'best-practices', ...(p.indexable ? ['seo'] : [])].flatMap((c) => p.why[c].map((w) => `${c}: ${w}`)),
      ...p.why.shifts.map((s) => `moved after the first paint: ${s}`),
    ];
    lines.push(
      `- **${p.name}**: ${reasons.length ? reasons.join('; ') : 'nothing in accessibility, best practices or SEO; no layout shift'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
