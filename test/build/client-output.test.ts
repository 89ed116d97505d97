// What the browser can download (dist/client) holds no answer key, no explanation before submitting,
// and no secret. Runs after `astro build` (npm test builds first).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scenarioSchema } from '../../functions/schemas/content';
import { assertBuilt } from './site-dist';

const CLIENT = new URL('../../dist/client/', import.meta.url).pathname;
const scenariosDir = new URL('../../content/scenarios/', import.meta.url);
const scenarios = readdirSync(scenariosDir).map((f) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(f, scenariosDir), 'utf8'))));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** File text, gunzipped where it is compressed (Pagefind's index fragments are), with HTML's quote entities decoded. */
function textOf(path: string): string {
  return rawTextOf(path)
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function rawTextOf(path: string): string {
  const bytes = readFileSync(path);
  const gzipAt = bytes.indexOf(Buffer.from([0x1f, 0x8b]));
  if (gzipAt >= 0 && gzipAt < 16) {
    try {
      return gunzipSync(bytes.subarray(gzipAt)).toString('utf8');
    } catch {
      // not gzip after all
    }
  }
  return bytes.toString('utf8');
}

describe('the built client output', () => {
  let all: { path: string; text: string }[] = [];
  // Without a build there is nothing to search, and every check below would pass over nothing.
  beforeAll(() => {
    assertBuilt();
    all = files(CLIENT).map((path) => ({ path: path.slice(CLIENT.length), text: textOf(path) }));
  });

  it('contains no scenario explanation and no answer key', () => {
    const leaks: string[] = [];
    for (const { path, text } of all) {
      if (/"correct"\s*:\s*"[a-d]"/.test(text)) leaks.push(`${path}: a "correct" answer key`);
      for (const s of scenarios) {
        for (const explanation of [s.explanation.id, s.explanation.en]) {
          if (text.includes(explanation.slice(0, 80))) leaks.push(`${path}: explanation of ${s.id}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('contains no secret: no private key, no .dev.vars, no server bundle', () => {
    const names = all.map((f) => f.path);
    expect(names.filter((n) => /(^|\/)\.dev\.vars|wrangler\.json$|\.sql$/.test(n))).toEqual([]);
    for (const { path, text } of all) {
      expect(text, path).not.toMatch(/"d"\s*:\s*"[A-Za-z0-9_-]{40,}"/);
      expect(text, path).not.toContain('CERT_SIGNING_KEY');
    }
  });
});
