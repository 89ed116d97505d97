// Load benchmark (`npm run bench`, after `npm run build`): the built Worker on the real local runtime
// (workerd under wrangler dev, local D1, rate limits raised by configuration), driven by autocannon.
// Start + submit journeys at 1, 10, 50 and 200 concurrent clients, each against the health floor at the
// same concurrency; then pages, lookups and the PDF; then, signed in as HR, the report and a CSV export. After each journey run the local D1 is checked against
// what the clients were told. Writes bench/results/load.{json,md}; exits 1 if a request failed or data is
// inconsistent. Numbers are from one machine; compare runs on the same machine only.
import { writeFileSync } from 'node:fs';
import { benchConfig } from './config.mjs';
import { bytesPerRow, checkConsistency, query } from './d1.mjs';
import { answersFor, startBody } from './journey.mjs';
import { pageWeights } from './page-weight.mjs';
import { load, loadAverage, machineNow, percentiles, summary } from './run.mjs';
import { signIn, startBenchServer } from './server.mjs';

const JOURNEY_P99_TARGET = 10;

let journeyCount = 0;

/** `clients` connections, each running `journeysEach` start + submit journeys with fresh NIPs. */
async function journeys(base, clients, journeysEach) {
  const started = [];
  const submits = [];
  const journeyMs = [];
  let unexpectedGrades = 0;
  let keyUnknown = 0;
  const json = { 'content-type': 'application/json' };
  const result = await load({
    url: base,
    clients,
    perClient: 2 * journeysEach,
    requests: [
      {
        method: 'POST',
        path: '/api/attempts',
        headers: json,
        setupRequest(request, context) {
          context.index = journeyCount++;
          context.startedAt = performance.now();
          return { ...request, body: startBody(context.index) };
        },
        onResponse(status, body, context) {
          if (status !== 201) return;
          const { attemptId, questions } = JSON.parse(body);
          started.push(attemptId);
          const wrong = context.index % benchConfig.failEvery === 0 ? 3 : 0;
          context.attempt = { attemptId, expectPass: wrong === 0, ...answersFor(questions, wrong) };
        },
      },
      {
        method: 'POST',
        headers: json,
        setupRequest(request, context) {
          // The start failed: begin a new journey (autocannon counts this as a reset).
          if (!context.attempt) return null;
          return {
            ...request,
            path: `/api/attempts/${context.attempt.attemptId}/submit`,
            body: JSON.stringify({ answers: context.attempt.answers }),
          };
        },
        onResponse(status, body, context) {
          if (status < 200 || status > 299) return;
          const { attempt } = context;
          const grade = JSON.parse(body);
          journeyMs.push(performance.now() - context.startedAt);
          submits.push({ attemptId: attempt.attemptId, score: grade.score, passed: grade.passed, code: grade.certificate?.code ?? null });
          if (!attempt.keyKnown) keyUnknown++;
          else if (grade.passed !== attempt.expectPass || Boolean(grade.certificate) !== grade.passed) unexpectedGrades++;
        },
      },
    ],
  });
  const requests = summary(`journey: POST /api/attempts + submit`, clients, result);
  const { p50, p99 } = percentiles(journeyMs);
  const expected = clients * journeysEach;
  const problems = checkConsistency(started, submits);
  return {
    ...requests,
    journeys: submits.length,
    expected,
    lost: expected - submits.length,
    journeysPerSecond: submits.length / result.duration,
    journeyP50: p50,
    journeyP99: p99,
    passed: submits.filter((s) => s.passed).length,
    unexpectedGrades,
    keyUnknown,
    errors: requests.errors + unexpectedGrades + result.resets,
    consistency: problems,
  };
}

const health = (base, clients) =>
  load({
    url: `${base}/api/health`,
    clients,
    perClient: Math.max(benchConfig.healthEach, Math.ceil(benchConfig.healthAtLeast / clients)),
  }).then((r) => summary('GET /api/health', clients, r));

const fmt = (n, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const ratio = (value, floor) => `${fmt(value / floor)}×`;

function report(results) {
  const lines = [];
  const { machine, weights, journeyRuns, readRuns, floors, storage } = results;
  lines.push(
    `Machine: ${machine.cores} cores (${machine.cpu}), load average ${machine.loadBefore} before, ${machine.loadAfter} after; ${machine.date}.`,
  );
  lines.push(`Rate limits raised for the run (bench config): ${results.raised.join(', ')}.`, '');
  lines.push(
    '| journeys (start + submit) | clients | journeys | lost | journeys/s | p50 ms | p99 ms | errors | p99 ÷ health p99 | consistent |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of journeyRuns) {
    const floor = floors[r.clients];
    const okRatio = r.journeyP99 / floor.p99 <= JOURNEY_P99_TARGET;
    lines.push(
      `| ${r.passed} passed, ${r.journeys - r.passed} failed | ${r.clients} | ${r.journeys}/${r.expected} | ${r.lost} | ${fmt(r.journeysPerSecond)} | ${fmt(r.journeyP50)} | ${fmt(r.journeyP99)} | ${r.errors} | ${ratio(r.journeyP99, floor.p99)}${okRatio ? '' : ' (over 10×)'} | ${r.consistency.length ? `no: ${r.consistency.length} problems` : 'yes'} |`,
    );
  }
  lines.push('', '| request | clients | n | req/s | p50 ms | p99 ms | errors | req/s ÷ health | p50 ÷ health | p99 ÷ health |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of [
    ...Object.values(floors),
    ...journeyRuns.map((j) => ({ ...j, name: 'POST /api/attempts, …/submit (each request)' })),
    ...readRuns,
  ]) {
    const floor =
      floors[r.clients] ??
      floors[
        Object.keys(floors)
          .map(Number)
          .reduce((a, b) => (Math.abs(b - r.clients) < Math.abs(a - r.clients) ? b : a))
      ];
    lines.push(
      `| ${r.name} | ${r.clients} | ${r.count} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} | ${ratio(r.perSecond, floor.perSecond)} | ${ratio(r.p50, floor.p50)} | ${ratio(r.p99, floor.p99)} |`,
    );
  }
  lines.push(
    '',
    `Built site: ${weights.pages} HTML pages; largest ${weights.largest.path} ${fmt(weights.largest.gzip / 1024)} KB gzip, median ${fmt(weights.median.gzip / 1024)} KB.`,
  );
  lines.push(`Scripts: ${weights.scripts.map((s) => `${s.path} ${fmt(s.gzip / 1024)} KB`).join(', ') || 'none'}.`);
  lines.push(
    '',
    `Storage (SQLite page accounting over the local D1 after the run, indexes included): ${storage.attempts.rows} attempts take ${fmt(storage.attempts.bytes / 1024, 0)} KB, ` +
      `${fmt(storage.attempts.perRow, 0)} bytes each (row content ${fmt(storage.attemptContent, 0)}); ${storage.certificates.rows} certificates take ${fmt(storage.certificates.bytes / 1024, 0)} KB, ` +
      `${fmt(storage.certificates.perRow, 0)} bytes each (row content ${fmt(storage.certificateContent, 0)}).`,
  );
  return lines.join('\n');
}

const machine = machineNow();
const weights = pageWeights();
const server = await startBenchServer();
try {
  const floors = {};
  const journeyRuns = [];
  for (const { clients, journeysEach } of benchConfig.journeyLevels) {
    floors[clients] = await health(server.base, clients);
    const run = await journeys(server.base, clients, journeysEach);
    journeyRuns.push(run);
    console.error(
      `journeys at ${clients}: ${run.journeys}/${run.expected}, p99 ${fmt(run.journeyP99)} ms, errors ${run.errors}, consistency problems ${run.consistency.length}`,
    );
    for (const problem of run.consistency.slice(0, 10)) console.error(`  ${problem}`);
  }
  const [content] = query(
    `SELECT (SELECT avg(length(id) + length(nip) + length(name) + length(agency_id) + length(unit) + length(locale) + length(questions) + length(created_at) + length(expires_at) + length(submitted_at) + length(answers) + 3) FROM attempts WHERE name LIKE 'Peserta Beban %') AS attemptContent,
       (SELECT avg(length(code) + length(attempt_id) + length(nip) + length(name) + length(agency_id) + length(agency_name) + length(unit) + length(issued_at) + length(signature) + length(status) + 2) FROM certificates WHERE name LIKE 'Peserta Beban %') AS certificateContent`,
  );
  const storage = { ...content, ...bytesPerRow() };
  const readRuns = [];
  for (const [name, path, clients, count] of benchConfig.reads) {
    readRuns.push(summary(name, clients, await load({ url: server.base + path, clients, perClient: Math.ceil(count / clients) })));
  }
  const cookie = await signIn(server.base, ...benchConfig.agencyAccount);
  for (const [name, path, clients, count] of benchConfig.agencyReads) {
    const run = await load({ url: server.base + path, clients, perClient: Math.ceil(count / clients), headers: { cookie } });
    readRuns.push(summary(`${name} (signed in)`, clients, run));
  }
  machine.loadAfter = loadAverage();
  const results = { machine, raised: server.raised, weights, floors, journeyRuns, readRuns, storage };
  const text = report(results);
  writeFileSync('bench/results/load.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results/load.md', `# Load benchmark\n\n\`npm run bench\`, written by bench/load.mjs.\n\n${text}\n`);
  console.log(text);
  const failed = journeyRuns.some((r) => r.errors || r.lost || r.consistency.length) || readRuns.some((r) => r.errors);
  if (failed) {
    console.error('\nFAILED: a request failed, a journey was lost or D1 disagrees with the answers (see above).');
    process.exitCode = 1;
  }
} finally {
  server.stop();
}
