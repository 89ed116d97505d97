/** Reads the explainers and pages in content/ the way the site does, for tests that run without a build. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { LOCALES, explainerSchema, pageSchema, type Explainer, type Locale } from '../../functions/schemas/content';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

function frontmatter(file: string): unknown {
  const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1]);
}

function read<T>(collection: string, lang: Locale, schema: { parse(data: unknown): T }): { slug: string; data: T }[] {
  const dir = join('content', collection, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ slug: f.replace(/\.md$/, ''), data: schema.parse(frontmatter(join(dir, f))) }));
}

export const explainersByLang = Object.fromEntries(LOCALES.map((l) => [l, read('explainers', l, explainerSchema)])) as Record<
  Locale,
  { slug: string; data: Explainer }[]
>;
export const pagesByLang = Object.fromEntries(LOCALES.map((l) => [l, read('pages', l, pageSchema)])) as Record<
  Locale,
  { slug: string; data: z.infer<typeof pageSchema> }[]
>;
