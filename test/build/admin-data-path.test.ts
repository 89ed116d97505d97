// Admin pages get their data only through the Hono app (the same guarded routes the worker matrix tests),
// never straight from storage: no file of the admin pages imports functions/storage.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ADMIN_SOURCES = ['src/pages/admin', 'src/pages/en/admin', 'src/components/admin', 'src/layouts/AdminLayout.astro', 'src/lib/admin-api.ts'];
const importRe = /(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g;

function files(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path];
}

/** Every module specifier a source file imports (static and dynamic). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(importRe)].map((m) => m[1]!);
}

describe('admin pages', () => {
  const sources = ADMIN_SOURCES.flatMap(files);

  it('exist for both languages (the check below is not vacuous)', () => {
    expect(sources.filter((f) => f.startsWith('src/pages/admin/')).length).toBeGreaterThanOrEqual(5);
    expect(sources.filter((f) => f.startsWith('src/pages/en/admin/')).length).toBeGreaterThanOrEqual(5);
  });

  it('never import functions/storage', () => {
    expect(importsOf("import { x } from '../../../functions/storage/users';")).toEqual(['../../../functions/storage/users']);
    const offenders = sources.flatMap((file) => importsOf(readFileSync(file, 'utf8')).filter((spec) => /(^|\/)functions\/storage(\/|$)/.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('are rendered on demand (never prerendered with someone’s data)', () => {
    for (const file of sources.filter((f) => f.startsWith('src/pages/'))) expect(readFileSync(file, 'utf8'), file).toMatch(/export const prerender = false;/);
  });
});
