// The local certificate signing key: .dev.vars gets a fresh CERT_SIGNING_KEY if it has none.
// Runs before `astro build`, which copies .dev.vars into dist/server for `astro preview` to read.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTestSigningKey } from './signing-key.mjs';

const DEV_VARS = new URL('../.dev.vars', import.meta.url);

/** The local private key (JWK JSON), created on first use. Never used in production (that is a Worker secret). */
export async function ensureDevSigningKey() {
  const text = existsSync(DEV_VARS) ? readFileSync(DEV_VARS, 'utf8') : '';
  const existing = text.match(/^CERT_SIGNING_KEY='(.*)'$/m);
  if (existing) return existing[1];
  const key = await generateTestSigningKey();
  writeFileSync(DEV_VARS, `${text}${text && !text.endsWith('\n') ? '\n' : ''}CERT_SIGNING_KEY='${key}'\n`);
  console.log('dev-key: wrote a new local signing key to .dev.vars');
  return key;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureDevSigningKey();
