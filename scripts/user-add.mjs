// npm run user:add -- --email E --role R [--agency ID] [--name N] [--password-stdin] [--remote]
//
// Creates a user in the local D1 (or the remote one with --remote) and prints JSON: the user and either a
// one-time setup link (valid 72 h; only its SHA-256 is stored) or, with --password-stdin, nothing secret.
// The password is hashed with the Worker's own KDF module (scrypt from node:crypto), so the Worker verifies it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { hashPassword, passwordProblem } = await tsImport('../functions/auth/password.ts', import.meta.url);
const { newToken, setupLink, tokenHash, userTokenExpiry } = await tsImport('../functions/auth/tokens.ts', import.meta.url);
const { ROLES, isAgencyRole } = await tsImport('../functions/auth/roles.ts', import.meta.url);

const usage = 'usage: npm run user:add -- --email E --role agency_hr|agency_admin|national_viewer|super_admin [--agency ID] [--name N] [--password-stdin] [--remote]';

function fail(message) {
  console.error(`user:add: ${message}\n${usage}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    agency: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
    remote: { type: 'boolean', default: false },
  },
  strict: true,
});

const email = values.email?.trim().toLowerCase();
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('--email must be an email address');
if (!ROLES.includes(values.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
const agencyId = values.agency ?? null;
if (isAgencyRole(values.role) !== (agencyId !== null)) fail(`${values.role} ${isAgencyRole(values.role) ? 'needs' : 'takes no'} --agency (an id from migrations/0002_agencies.sql, e.g. kab-34.02)`);

let passwordHash = null;
if (values['password-stdin']) {
  const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  const problem = passwordProblem(password, email);
  if (problem) fail({ 'password.tooShort': 'the password needs at least 12 characters', 'password.tooLong': 'the password may have at most 128 characters', 'password.equalsEmail': 'the password must not be the email' }[problem]);
  passwordHash = await hashPassword(password);
}

// The origin printed in the link: SITE_ORIGIN from the environment, else wrangler.toml's [vars].
const origin = new URL(process.env.SITE_ORIGIN ?? /SITE_ORIGIN\s*=\s*"([^"]+)"/.exec(readFileSync(new URL('../wrangler.toml', import.meta.url), 'utf8'))?.[1] ?? 'http://127.0.0.1:8787').origin;
const sql = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const now = new Date();
const user = { id: crypto.randomUUID(), email, name: values.name ?? null, role: values.role, agencyId };
const statements = [
  `INSERT INTO users (id, email, name, role, agency_id, password_hash, created_at, password_changed_at) VALUES (${[user.id, email, user.name, user.role, agencyId, passwordHash, now.toISOString(), passwordHash && now.toISOString()].map(sql).join(', ')});`,
  `INSERT INTO audit_events (at, agency_id, action, target, detail) VALUES (${[now.toISOString(), agencyId, 'user.invite', `user:${user.id}`, JSON.stringify({ role: user.role, via: 'command line' })].map(sql).join(', ')});`,
];
let link = null;
if (!passwordHash) {
  const token = newToken();
  link = { setupLink: setupLink(origin, token), expiresAt: userTokenExpiry('invite', now) };
  statements.push(`INSERT INTO user_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES (${[await tokenHash(token), user.id, 'invite', now.toISOString(), link.expiresAt].map(sql).join(', ')});`);
}

const file = join(mkdtempSync(join(tmpdir(), 'netral-user-')), 'user.sql');
writeFileSync(file, statements.join('\n'));
const result = spawnSync('wrangler', ['d1', 'execute', 'DB', values.remote ? '--remote' : '--local', '--file', file], { encoding: 'utf8' });
if (result.status !== 0) {
  const output = `${result.stdout}\n${result.stderr}`;
  fail(/UNIQUE/.test(output) ? `a user with ${email} already exists` : /FOREIGN KEY/.test(output) ? `no agency has the id ${agencyId}` : output.trim());
}
console.log(JSON.stringify({ user, ...(link ?? {}) }, null, 2));
