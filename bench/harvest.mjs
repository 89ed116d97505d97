#!/usr/bin/env node
// How many attempts does a script that knows nothing about the rules need to pass, now that failed
// attempts name the right option only where it was chosen, ids are opaque, options come in several
// phrasings, draws prefer unseen scenarios, and retakes wait? Run in-process against the Worker's own
// domain functions (drawAttempt, publicQuestions, gradeSubmission, retakeDecision) over the real bank.
//
//   node bench/harvest.mjs [trials=200]
//
// The harvester remembers, per scenario text, which option strings were graded right or wrong, picks a
// string it knows is right, else one at random among those not known wrong. It reads no explanation
// (a reader who understands the explanations is learning the rules, which is the point).
import { readdirSync, readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const trials = Number(process.argv[2] ?? 200);
const load = (path) => tsImport(path, import.meta.url);
const { scenarioSchema } = await load('../functions/schemas/content.ts');
const { bankFrom, drawAttempt, gradeSubmission, publicQuestions, correctOptionId } = await load('../functions/domain/quiz.ts');
const { retakeDecision, DEFAULT_RETAKE_POLICY } = await load('../functions/domain/retakes.ts');
const { seededRandomInt } = await load('../functions/domain/random.ts');

const dir = new URL('../content/scenarios/', import.meta.url);
const bank = bankFrom(readdirSync(dir).map((f) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8')))));
/** Seconds a script spends on one start and submit: it does not read. */
const ATTEMPT_SECONDS = 5;
/** The per-address ceiling (wrangler.toml PUBLIC_WRITE_LIMITER): two writes per attempt. */
const ADDRESS_WRITES_PER_MINUTE = 600;
const GIVE_UP = 20_000;

/** One harvest. `regime` says what the server does; `nips` whether the script invents a new NIP each time. */
function harvest(seed, regime, nips) {
  const random = seededRandomInt(seed);
  const memory = new Map(); // scenario text → Map(option string → true right / false wrong)
  const history = []; // the single NIP's attempts, for retakes
  const seenByNip = new Set();
  let clock = Date.parse('2026-12-01T00:00:00Z');
  for (let attempt = 1; attempt <= GIVE_UP; attempt++) {
    if (nips === 'one' && regime.retakes) {
      // As storage reads it: the NIP's most recent attempts.
      const decision = retakeDecision(history.slice(-50), new Date(clock), DEFAULT_RETAKE_POLICY);
      if (!decision.allowed) clock = decision.retryAt.getTime();
    }
    const seen = nips === 'one' && regime.unseenFirst ? seenByNip : new Set();
    const drawn = regime.drawn(random, seen);
    const questions = publicQuestions(drawn, bank, 'id');
    const answers = questions.map((q) => {
      const known = memory.get(q.scenario) ?? new Map();
      const right = q.options.find((o) => known.get(o.text) === true);
      const open = q.options.filter((o) => known.get(o.text) !== false);
      const pick = right ?? open[random(open.length)] ?? q.options[0];
      return { questionId: q.id, optionId: pick.id };
    });
    const grade = regime.grade(drawn, answers);
    questions.forEach((q, i) => {
      const known = memory.get(q.scenario) ?? new Map();
      const f = grade.feedback[i];
      const text = (id) => q.options.find((o) => o.id === id).text;
      known.set(text(f.chosenOptionId), f.correct);
      if (f.correctOptionId) known.set(text(f.correctOptionId), true);
      memory.set(q.scenario, known);
    });
    clock += ATTEMPT_SECONDS * 1000;
    history.push({
      createdAt: new Date(clock - ATTEMPT_SECONDS * 1000).toISOString(),
      submittedAt: new Date(clock).toISOString(),
      passed: grade.passed,
      scenarioIds: drawn.map((q) => q.scenarioId),
    });
    for (const q of drawn) seenByNip.add(q.scenarioId);
    if (grade.passed) return { attempts: attempt, hours: (clock - Date.parse('2026-12-01T00:00:00Z')) / 3_600_000 };
  }
  return { attempts: GIVE_UP, hours: Infinity };
}

/** The server as it was: stable ids and strings (first phrasing), every key shown on a fail, no waits. */
const before = {
  retakes: false,
  unseenFirst: false,
  drawn: (random) =>
    drawAttempt(bank, random).map((q) => ({ ...q, id: q.scenarioId, options: q.options.map((o) => ({ ...o, phrasing: 0 })) })),
  grade: (drawn, answers) => {
    const grade = gradeSubmission(drawn, answers, bank, 'id');
    return { ...grade, feedback: grade.feedback.map((f, i) => ({ ...f, correctOptionId: correctOptionId(drawn[i], bank) })) };
  },
};
/** The server now. */
const now = {
  retakes: true,
  unseenFirst: true,
  drawn: (random, seen) => drawAttempt(bank, random, { seen }),
  grade: (drawn, answers) => gradeSubmission(drawn, answers, bank, 'id'),
};

function summary(results) {
  const sorted = (key) => results.map((r) => r[key]).sort((a, b) => a - b);
  const at = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  const attempts = sorted('attempts');
  const hours = sorted('hours');
  return { attempts: [at(attempts, 0.1), at(attempts, 0.5), at(attempts, 0.9)], hours: [at(hours, 0.1), at(hours, 0.5), at(hours, 0.9)] };
}

const runs = [
  ['before: one NIP, keys shown on fail, no waits', before, 'one'],
  ['now: one NIP (unseen first, cooldown, 5 a day)', now, 'one'],
  ['now: a new invented NIP every attempt', now, 'many'],
];
console.log(`Bank: ${bank.size} scenarios; ${trials} simulated harvests per row; attempts and hours as p10 / median / p90.\n`);
console.log('| harvester | attempts to pass | time to pass |');
console.log('|---|---|---|');
for (const [label, regime, nips] of runs) {
  const s = summary(Array.from({ length: trials }, (_, seed) => harvest(seed + 1, regime, nips)));
  let time = `${s.hours.map((h) => (h < 1 ? `${Math.round(h * 60)} min` : `${Math.round(h)} h`)).join(' / ')}`;
  if (nips === 'many') {
    // Invented NIPs escape the per-NIP waits; only the per-address ceiling (two writes an attempt) bounds the pace.
    time = `${s.attempts.map((a) => `${Math.ceil((a / (ADDRESS_WRITES_PER_MINUTE / 2)) * 60)} s`).join(' / ')} at the address ceiling`;
  }
  console.log(`| ${label} | ${s.attempts.join(' / ')} | ${time} |`);
}
console.log('\nPure chance (10 questions, 4 options, pass at 8): P(pass) = 0.042 % a try, about 2,400 tries.');
