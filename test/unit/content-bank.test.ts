// The scenario bank in content/scenarios: every file is valid, and the bank is big and varied enough.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, TOPICS } from '../../functions/schemas/content';

const dir = 'content/scenarios';
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const parsed = files.map((file) => ({ file, result: scenarioSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));

describe('scenario bank', () => {
  it.each(parsed)('$file matches the schema', ({ file, result }) => {
    const problems = result.success ? [] : result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  it('names each file after its scenario id', () => {
    const mismatched = parsed.filter(({ file, result }) => result.success && `${result.data.id}.json` !== file).map((p) => p.file);
    expect(mismatched).toEqual([]);
  });

  it('covers every topic with allowed acts as well as violations', () => {
    const scenarios = parsed.flatMap((p) => (p.result.success ? [p.result.data] : []));
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    expect(new Set(scenarios.map((s) => s.category))).toEqual(new Set(TOPICS));
    expect(scenarios.filter((s) => s.ruling === 'allowed').length).toBeGreaterThanOrEqual(10);
  });
});
