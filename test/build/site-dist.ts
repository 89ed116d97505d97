/** The built site in dist/client, read once for the build-output checks (npm test builds before it runs them). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist/client';
export const SITE = 'https://netral-asn.example.id';

/**
 * Paths the Worker renders on demand (the API, certificate verification) rather than serves as static files:
 * read from the pages that opt out of prerendering, so a page that becomes static is link-checked again.
 */
export const ON_DEMAND: RegExp[] = onDemandRoutes();

function onDemandRoutes(dir = 'src/pages'): RegExp[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return onDemandRoutes(full);
    if (!/^export const prerender = false;?$/m.test(readFileSync(full, 'utf8'))) return [];
    // `[...rest]` matches any number of segments (none too), `[param]` exactly one; `index` is its folder.
    const segments = relative('src/pages', full)
      .replace(/\.(astro|ts)$/, '')
      .split('/');
    if (segments.at(-1) === 'index') segments.pop();
    const pattern = segments
      .map((s) => (s.startsWith('[...') ? '(?:/.*)?' : s.startsWith('[') ? '/[^/]+' : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      .join('');
    return [new RegExp(`^${pattern}$`)];
  });
}

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} is missing: run \`astro build\` first (npm test does).`);
}

/** Every file under dist/client, as paths relative to it ("aturan/media-sosial.html"). */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(full) : [relative(DIST, full)];
  });
}

export interface BuiltPage {
  file: string;
  /** The URL the page is served at: "aturan/media-sosial.html" → "/aturan/media-sosial". */
  path: string;
  html: string;
}

export function htmlPages(): BuiltPage[] {
  return distFiles()
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, path: urlPath(file), html: readFileSync(join(DIST, file), 'utf8') }));
}

function urlPath(file: string): string {
  const path = `/${file}`.replace(/\.html$/, '').replace(/\/index$/, '/');
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

/** The static file a site path is served from, if any (mirrors the static host's HTML handling). */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/\/$/, '') || '/';
  const candidates = clean === '/' ? ['index.html'] : [clean.slice(1), `${clean.slice(1)}.html`, `${clean.slice(1)}/index.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

/** Values of one attribute on the tags of one name, e.g. all <a href>. Good enough for the HTML Astro writes. */
export function attributes(html: string, tag: string, attribute: string): string[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
  return tags.flatMap((t) => {
    const m = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(t);
    return m ? [decodeEntities(m[1] ?? m[2] ?? m[3])] : [];
  });
}

export function meta(html: string, key: string): string | undefined {
  const tag = (html.match(/<meta\b[^>]*>/gi) ?? []).find((t) => t.includes(`name="${key}"`) || t.includes(`property="${key}"`));
  const m = tag && /content="([^"]*)"/.exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
