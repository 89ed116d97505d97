// No public surface shows a full NIP from the seed: the built pages and assets (dist/client), the Pagefind
// index, the public API's answers and the certificate PDFs' text. The API runs in Node on a seeded local
// D1 (wrangler's platform proxy); `npm test` builds dist first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlatformProxy } from 'wrangler';
import { app } from '../../functions/api/app';
import { generateTestSigningKey } from '../../scripts/signing-key.mjs';
import { freshLocalD1, sql } from './privacy-d1';

const BASE = 'http://netral.test';
let nips: string[] = [];
let codes: string[] = [];
let env: Env;
let dispose: () => Promise<void> = async () => {};

beforeAll(async () => {
  const dir = freshLocalD1({ seed: true });
  nips = sql(dir, 'SELECT nip FROM attempts UNION SELECT nip FROM certificates').results.map((r) => String(r.nip));
  codes = sql(dir, 'SELECT code FROM certificates ORDER BY code').results.map((r) => String(r.code));
  const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: { path: join(dir, 'v3') } });
  env = { ...proxy.env, CERT_SIGNING_KEY: await generateTestSigningKey(), SITE_ORIGIN: BASE } as unknown as Env;
  dispose = proxy.dispose;
}, 240_000);
afterAll(() => dispose());

/** The full NIPs of the seed found in `text`. */
const leaked = (text: string) => nips.filter((nip) => text.includes(nip));

describe('a full NIP is never shown publicly', () => {
  it('the seed has people and certificates to look for', () => {
    expect(nips.length).toBeGreaterThan(10);
    expect(nips.every((nip) => /^\d{18}$/.test(nip))).toBe(true);
    expect(codes.length).toBeGreaterThan(10);
  });

  it('in no built file: pages, scripts, data, the Pagefind index (decompressed)', () => {
    const files = readdirSync('dist/client', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice('dist/client/'.length));
    let pagefind = 0;
    for (const file of files) {
      let bytes: Buffer = readFileSync(join('dist/client', file));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      if (file.startsWith('pagefind')) pagefind++;
      expect(leaked(bytes.toString('latin1')), file).toEqual([]);
    }
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    expect(pagefind).toBeGreaterThan(5);
  });

  it('in no public API answer; the certificate shows the masked form', async () => {
    const get = async (path: string) => (await app.fetch(new Request(`${BASE}${path}`), env)).text();
    for (const code of codes) {
      const view = await get(`/api/certificates/${code}`);
      expect(view).toMatch(/"nip":"\d{6}\*{10}\d{2}"/);
      expect(leaked(view), code).toEqual([]);
    }
    // (A problem's `instance` echoes the caller's own path, so no path here carries a NIP.)
    for (const path of [
      '/api/openapi.json',
      '/api/agencies?q=bantul',
      '/api/agencies?q=198503',
      '/api/certificates/public-key',
      '/api/health',
    ]) {
      expect(leaked(await get(path)), path).toEqual([]);
    }
  }, 60_000);

  it('in no certificate PDF’s text', async () => {
    for (const code of codes) {
      const res = await app.fetch(new Request(`${BASE}/api/certificates/${code}/pdf`), env);
      expect(res.status).toBe(200);
      const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
      expect(text).toContain(code);
      expect(text).toMatch(/\d{6}\*{10}\d{2}/);
      expect(leaked(text), code).toEqual([]);
    }
  }, 120_000);
});

/** The text a PDF shows: each Tj string decoded through its font's ToUnicode map. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const page = pdf.getPage(0).node;
  const fonts = page.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  const decoders = new Map<string, (hex: string) => string>();
  for (const [name, ref] of fonts.entries()) {
    const toUnicode = pdf.context.lookup(ref, PDFDict).lookup(PDFName.of('ToUnicode'));
    if (!(toUnicode instanceof PDFRawStream)) {
      decoders.set(name.asString(), (hex) => Buffer.from(hex, 'hex').toString('latin1'));
      continue;
    }
    const cmap = new TextDecoder().decode(decodePDFRawStream(toUnicode).decode());
    const glyphs = new Map(
      [...cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)].map((m) => [
        m[1]!.toLowerCase(),
        Buffer.from(m[2]!, 'hex').swap16().toString('utf16le'),
      ]),
    );
    decoders.set(name.asString(), (hex) => (hex.toLowerCase().match(/.{4}/g) ?? []).map((id) => glyphs.get(id) ?? '\uFFFD').join(''));
  }
  const contents = page.Contents()!;
  const streams = 'asArray' in contents ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const operators = streams.map((s) => new TextDecoder().decode(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');
  let text = '';
  for (const block of operators.match(/\bBT\b[\s\S]*?\bET\b/g) ?? []) {
    const font = /(\/\S+) [\d.]+ Tf/.exec(block)?.[1];
    if (font) text += `${[...block.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((m) => decoders.get(font)!(m[1]!)).join('')}\n`;
  }
  return text;
}
