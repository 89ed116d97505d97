// A malformed explainer fails the build with a message naming the file and the field, both from the shared
// schema alone and through Astro's content layer (`astro sync` on a tiny fixture site).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { explainerSchema } from '../../functions/schemas/content';

const fixture = 'test/fixtures/site-broken-content';
const brokenFile = `${fixture}/content/explainers/id/rusak.md`;

describe('a malformed explainer', () => {
  it('is rejected by the schema at the broken field', () => {
    const data = parse(readFileSync(brokenFile, 'utf8').split('---\n')[1]);
    const result = explainerSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['actions.1.ruling']);
  });

  it('fails `astro sync` with the file and the field in the message', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync', '--root', fixture], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 60_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('explainers → id/rusak');
    expect(output).toContain('actions.1.ruling');
    expect(output).toContain('rusak.md');
  }, 60_000);
});
