/** Page weight of the built site: gzip size of every HTML page (with its inline CSS) and of each script. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CLIENT = 'dist/client/';

function files(dir) {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

export function pageWeights() {
  const all = files(CLIENT);
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((path) => ({ path: path.slice(CLIENT.length), gzip: gzipBytes(path) }))
    .sort((a, b) => b.gzip - a.gzip);
  const scripts = all
    .filter((f) => f.endsWith('.js') && !f.includes('/pagefind/'))
    .map((path) => ({ path: path.slice(CLIENT.length), gzip: gzipBytes(path) }));
  return { pages: pages.length, largest: pages[0], median: pages[Math.floor(pages.length / 2)], scripts };
}
