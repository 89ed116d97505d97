// Rate limits end to end (issue 14): a burst meets 429 problem+json with Retry-After and the next window
// lets the client in again; the key is the runtime's address alone (forwarding headers a client sets
// change nothing), IPv6 counts per /64, and the PDF and sign-in routes are limited with the same key.
// Recovery uses BURST_LIMITER (vitest.config.ts: 3 a window, 10-second windows) in place of the real
// binding, so a test waits 10 s instead of the real limiters' 60; the code under test is unchanged.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app';
import { API_HEADERS } from '../../functions/http/security-headers';
import { AGENCY_A, api, createUser, sessionCookieFor } from './accounts';
import { BASE, passedAttempt } from './helpers';

const BURST_LIMIT = 3;
const WINDOW_MS = 10_000;

type Bindings = Partial<Env> & Record<string, unknown>;

/** A request straight to the API with `bindings` replacing the real ones (as faults.test.ts does). */
function call(path: string, headers: Record<string, string>, bindings: Bindings, init: { method?: string; body?: unknown } = {}) {
  const method = init.method ?? 'POST';
  const request = new Request(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: BASE, ...headers },
    body: method === 'GET' ? undefined : JSON.stringify(init.body ?? {}),
  });
  return app.fetch(request, { ...env, ...bindings } as Env);
}

/** Public writes limited by BURST_LIMITER; an empty body is the cheapest write (400 after the limit is counted). */
const write = (headers: Record<string, string>) => call('/api/attempts', headers, { PUBLIC_WRITE_LIMITER: env.BURST_LIMITER });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for the start of the next 10-second window (windows are aligned to the clock), so a burst fits in one. */
const nextWindow = () => sleep(WINDOW_MS - (Date.now() % WINDOW_MS) + 50);

let unique = 0;
/** An address no other test uses: IPv4 from TEST-NET-2, or an IPv6 /64 of the documentation prefix. */
const ipv4 = () => `198.51.100.${++unique}`;
const ipv6Prefix = () => `2001:db8:${(++unique).toString(16)}:1`;

async function expectLimited(res: Response) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  for (const [name, value] of Object.entries(API_HEADERS)) expect(res.headers.get(name), name).toBe(value);
  expect(await res.json()).toMatchObject({ status: 429 });
}

describe.concurrent('a burst from one address', () => {
  it('is answered 429 problem+json with Retry-After past the limit, and let in again in the next window', async () => {
    const client = { 'cf-connecting-ip': ipv4() };
    await nextWindow();
    const statuses: number[] = [];
    for (let i = 0; i < BURST_LIMIT; i++) statuses.push((await write(client)).status);
    expect(statuses).toEqual(Array(BURST_LIMIT).fill(400));
    await expectLimited(await write(client));

    await nextWindow();
    expect((await write(client)).status).toBe(400);
  }, 30_000);
});

describe.concurrent('the client key', () => {
  it('is the runtime address alone: X-Forwarded-For, X-Real-IP and True-Client-IP change nothing', async () => {
    const address = ipv4();
    await nextWindow();
    for (let i = 0; i < BURST_LIMIT; i++) expect((await write({ 'cf-connecting-ip': address })).status).toBe(400);
    // Each spoofed header names a fresh address; the bucket stays the runtime address's, which is full.
    for (const header of ['x-forwarded-for', 'x-real-ip', 'true-client-ip', 'forwarded'])
      await expectLimited(await write({ 'cf-connecting-ip': address, [header]: ipv4() }));
    // A different runtime address is a different client.
    expect((await write({ 'cf-connecting-ip': ipv4() })).status).toBe(400);
  }, 30_000);

  it('counts an IPv6 /64 as one client: two addresses in it share a bucket, the neighbouring /64 does not', async () => {
    const prefix = ipv6Prefix();
    await nextWindow();
    for (let i = 0; i < BURST_LIMIT; i++) expect((await write({ 'cf-connecting-ip': `${prefix}::${i + 1}` })).status).toBe(400);
    await expectLimited(await write({ 'cf-connecting-ip': `${prefix}:ffff:ffff:ffff:ffff` }));
    // The same /64 written another way (leading zeros, upper case) is the same client.
    await expectLimited(await write({ 'cf-connecting-ip': `${prefix.toUpperCase().replace('2001:DB8', '2001:0DB8')}:0:0:0:9` }));
    expect((await write({ 'cf-connecting-ip': `${ipv6Prefix()}::1` })).status).toBe(400);
  }, 30_000);

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    const address = ipv4();
    await nextWindow();
    for (let i = 0; i < BURST_LIMIT; i++) expect((await write({ 'cf-connecting-ip': address })).status).toBe(400);
    await expectLimited(await write({ 'cf-connecting-ip': `::ffff:${address}` }));
  }, 30_000);
});

describe('the certificate PDF', () => {
  it('is limited per client (/64 for IPv6), with Retry-After', async () => {
    const { code } = await passedAttempt();
    const limited = { PDF_LIMITER: env.BURST_LIMITER };
    const prefix = ipv6Prefix();
    const pdf = (address: string) => call(`/api/certificates/${code}/pdf`, { 'cf-connecting-ip': address }, limited, { method: 'GET' });
    await nextWindow();
    for (let i = 0; i < BURST_LIMIT; i++) expect((await pdf(`${prefix}::${i + 1}`)).status).toBe(200);
    await expectLimited(await pdf(`${prefix}::99`));
    expect((await pdf(ipv4())).status).toBe(200);
  }, 30_000);

  it('is rendered once: the second request is served from the cache, byte for byte', async () => {
    const { code } = await passedAttempt();
    const first = await api(`/api/certificates/${code}/pdf`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('miss');
    const second = await api(`/api/certificates/${code}/pdf`);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('content-type')).toBe('application/pdf');
    expect(second.headers.get('x-robots-tag')).toContain('noindex');
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(new Uint8Array(await first.arrayBuffer()));
    // The code as a person may type it is the same certificate, and the same cached PDF.
    expect((await api(`/api/certificates/${code.toLowerCase()}/pdf`)).headers.get('x-cache')).toBe('hit');
  });

  it('is rendered afresh after a revocation, and the new PDF is cached in turn', async () => {
    const { code } = await passedAttempt();
    const before = new Uint8Array(await (await api(`/api/certificates/${code}/pdf`)).arrayBuffer());
    expect((await api(`/api/certificates/${code}/pdf`)).headers.get('x-cache')).toBe('hit');

    const admin = await sessionCookieFor((await createUser('agency_admin', AGENCY_A)).id);
    const revoke = await api(`/api/admin/certificates/${code}/revoke`, {
      method: 'POST',
      cookie: admin,
      body: { reason: 'Uji pencabutan PDF' },
    });
    expect(revoke.status).toBe(200);

    const after = await api(`/api/certificates/${code}/pdf`);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(new Uint8Array(await after.arrayBuffer())).not.toEqual(before);
    expect((await api(`/api/certificates/${code}/pdf`)).headers.get('x-cache')).toBe('hit');
  });

  it('without its rate-limit binding is a 503 with Retry-After, not a 500', async () => {
    const { code } = await passedAttempt();
    const res = await call(`/api/certificates/${code}/pdf`, { 'cf-connecting-ip': ipv4() }, { PDF_LIMITER: undefined }, { method: 'GET' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe.concurrent('sign-in', () => {
  it('counts failed sign-ins per /64 across accounts: spoofed headers and other addresses in the /64 do not help', async () => {
    const prefix = ipv6Prefix();
    const limited = { LOGIN_IP_LIMITER: env.BURST_LIMITER };
    const login = (address: string, extra: Record<string, string> = {}) =>
      call('/api/auth/login', { 'cf-connecting-ip': address, ...extra }, limited, {
        body: { email: `nobody-${++unique}@example.test`, password: 'bukan-sandi-yang-benar' },
      });
    await nextWindow();
    for (let i = 0; i < BURST_LIMIT; i++) expect((await login(`${prefix}::${i + 1}`)).status).toBe(401);
    await expectLimited(await login(`${prefix}::a`, { 'x-forwarded-for': ipv4() }));
    expect((await login(`${ipv6Prefix()}::1`)).status).toBe(401);
  }, 30_000);
});
