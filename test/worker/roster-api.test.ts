// The roster import through the API: stage (CSV body, its own 5 MB limit) → preview → apply or discard;
// an unusable file changes nothing and says why.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../functions/schemas/roster';
import type { Report } from '../../functions/schemas/report';
import { AGENCY_A, api, createUser, sessionCookieFor } from './accounts';
import { BASE, newClientIp } from './helpers';
import { rosterCsv, syntheticNip, type Member } from './roster-support';

let cookie: string;

/** POSTs a roster file as the browser page does. */
function upload(body: string | Uint8Array, sessionCookie: string, contentType = 'text/csv', lang = 'id') {
  return exports.default.fetch(`${BASE}/api/admin/roster/imports?lang=${lang}`, {
    method: 'POST',
    headers: { 'content-type': contentType, origin: BASE, cookie: sessionCookie, 'cf-connecting-ip': newClientIp() },
    body: body as BodyInit,
  });
}

/** A name part from a number: 0 → 'A', 27 → 'AB' (names may hold letters only). */
const letters = (n: number): string => (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));

const members = (
  from: number,
  count: number,
  unit = (i: number) => `Dinas ${['Pendidikan', 'Kesehatan', 'Perhubungan'][i % 3]}`,
): Member[] =>
  Array.from({ length: count }, (_, i) => ({ nip: syntheticNip(from + i), name: `Pegawai ${letters(from + i)}`, unit: unit(i) }));

async function activeCount() {
  return (await env.DB.prepare('SELECT count(*) AS n FROM roster_members WHERE agency_id = ? AND left_at IS NULL')
    .bind(AGENCY_A)
    .first<{ n: number }>())!.n;
}

beforeAll(async () => {
  cookie = await sessionCookieFor((await createUser('agency_hr', AGENCY_A)).id);
});

describe('roster import', () => {
  it('previews a first file, applies it, and the report counts the roster', async () => {
    const file = `\uFEFF${rosterCsv(members(0, 30))}`;
    const res = await upload(file, cookie);
    expect(res.status).toBe(201);
    const preview = (await res.json()) as ImportPreview;
    expect(preview.import).toMatchObject({
      status: 'staged',
      delimiter: ';',
      rowsTotal: 30,
      rowsValid: 30,
      rowsRejected: 0,
      toAdd: 30,
      toUpdate: 0,
      toLeave: 0,
      newUnits: 3,
    });
    expect(await activeCount()).toBe(0); // staging changes nothing yet

    const applied = await api(`/api/admin/roster/imports/${preview.import.id}/apply`, { method: 'POST', cookie, body: {} });
    expect(applied.status).toBe(200);
    expect(await applied.json()).toMatchObject({ status: 'applied' });
    expect(await activeCount()).toBe(30);
    const report = (await (await api('/api/admin/report?sort=name&dir=asc', { cookie })).json()) as Report;
    expect(report.totals).toMatchObject({ headcount: 30, certified: 0, pending: 30, completion: 0 });
    expect(report.units.map((u) => [u.name, u.headcount])).toEqual([
      ['Dinas Kesehatan', 10],
      ['Dinas Pendidikan', 10],
      ['Dinas Perhubungan', 10],
    ]);

    // Applying twice is refused: the stage is gone.
    expect((await api(`/api/admin/roster/imports/${preview.import.id}/apply`, { method: 'POST', cookie, body: {} })).status).toBe(409);
  });

  it('a second file: adds, updates, marks missing members as left (history kept), and names each rejected line', async () => {
    const next = members(0, 30);
    next[0] = { ...next[0]!, name: 'Nama Baru' }; // update
    next[1] = { ...next[1]!, unit: 'DINAS  PERHUBUNGAN' }; // moves to another unit, written in other casing and spacing
    next.splice(25, 5); // five leave
    next.push(...members(100, 2)); // two join
    const csv =
      rosterCsv(next, ',') + `"1,98503E+17",Excel Rusak,Dinas Pendidikan,\n${next[2]!.nip},Kembar,Dinas Pendidikan,\n,,Dinas Pendidikan,\n`;
    const preview = (await (await upload(csv, cookie)).json()) as ImportPreview;
    expect(preview.import).toMatchObject({
      delimiter: ',',
      rowsValid: 26,
      rowsRejected: 4,
      toAdd: 2,
      toUpdate: 2,
      toLeave: 6,
      newUnits: 0,
    });
    // The duplicate takes its first copy out too: 6 leave (five missing plus the duplicated member).
    expect(preview.leaving).toHaveLength(6);
    const lines = Object.fromEntries(preview.rejected.map((r) => [r.line, r.problems.map((p) => p.message).join(' | ')]));
    // 27 members on lines 2–28, then the three broken lines.
    expect(lines[29]).toContain('rusak oleh Excel');
    expect(lines[30]).toMatch(/muncul 2 kali \(baris 4, 30\)/);
    expect(lines[4]).toMatch(/muncul 2 kali/);
    expect(lines[31]).toContain('NIP wajib diisi');
    expect(lines[31]).toContain('Nama wajib diisi');

    const id = preview.import.id;
    // 6 of 30 is 20 %: no confirmation needed at exactly the threshold.
    expect(preview.import.leaversNeedConfirmation).toBe(false);
    expect((await api(`/api/admin/roster/imports/${id}/apply`, { method: 'POST', cookie, body: {} })).status).toBe(200);
    expect(await activeCount()).toBe(26);
    const left = await env.DB.prepare(
      'SELECT count(*) AS n FROM roster_members WHERE agency_id = ? AND left_at IS NOT NULL AND left_import_id = ?',
    )
      .bind(AGENCY_A, id)
      .first<{ n: number }>();
    expect(left!.n).toBe(6);
    const renamed = await env.DB.prepare('SELECT name FROM roster_members WHERE agency_id = ? AND nip = ?')
      .bind(AGENCY_A, next[0]!.nip)
      .first<{ name: string }>();
    expect(renamed!.name).toBe('Nama Baru');
    // Staging rows are dropped once applied.
    expect(
      (await env.DB.prepare('SELECT count(*) AS n FROM roster_import_rows WHERE import_id = ?').bind(id).first<{ n: number }>())!.n,
    ).toBe(0);
  });

  it('asks for confirmation before marking more than 20 % as left, and discarding changes nothing', async () => {
    const preview = (await (await upload(rosterCsv(members(0, 5)), cookie)).json()) as ImportPreview;
    expect(preview.import.leaversNeedConfirmation).toBe(true);
    const refused = await api(`/api/admin/roster/imports/${preview.import.id}/apply`, { method: 'POST', cookie, body: {} });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/^\d+ dari 26 pegawai aktif/);
    expect(await activeCount()).toBe(26);
    expect((await api(`/api/admin/roster/imports/${preview.import.id}`, { method: 'DELETE', cookie })).status).toBe(204);
    expect(
      (await api(`/api/admin/roster/imports/${preview.import.id}/apply`, { method: 'POST', cookie, body: { confirmLeavers: true } }))
        .status,
    ).toBe(409);
    expect(await activeCount()).toBe(26);
  });

  it('refuses unusable files with the reason, in Indonesian or English, and changes nothing', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM roster_imports').first<{ n: number }>();
    const latin1 = Uint8Array.from([...Buffer.from('NIP;Nama;Unit\n198503152010121001;Jos'), 0xe9, ...Buffer.from(';Dinas\n')]);
    const cases: [string | Uint8Array, number, RegExp, string?][] = [
      [latin1, 400, /CSV UTF-8/],
      [
        'NIP;Nama Pegawai;Jabatan\n198503152010121001;Siti;Guru\n',
        400,
        /Kolom wajib tidak ditemukan: Unit Kerja\. Baris judul berkas berisi: NIP, Nama Pegawai, Jabatan/,
      ],
      ['NIP;Nama Pegawai;Jabatan\n198503152010121001;Siti;Guru\n', 400, /Required columns not found: Unit Kerja/, 'en'],
      ['NIP;Nama;Unit\n', 400, /tidak berisi baris data/],
    ];
    for (const [body, status, detail, lang] of cases) {
      const res = await upload(body, cookie, 'text/csv', lang);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
    }
    const after = await env.DB.prepare('SELECT count(*) AS n FROM roster_imports').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it('a file whose every line is rejected stages for the preview but cannot be applied', async () => {
    const preview = (await (await upload('NIP;Nama;Unit\n1,98503E+17;Siti;Dinas A\n', cookie)).json()) as ImportPreview;
    expect(preview.import).toMatchObject({ rowsValid: 0, rowsRejected: 1 });
    const res = await api(`/api/admin/roster/imports/${preview.import.id}/apply`, {
      method: 'POST',
      cookie,
      body: { confirmLeavers: true },
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toContain('tidak diubah');
    expect(await activeCount()).toBe(26);
  });

  it('stages and applies 10,000 rows onto a roster of 10,000 in bounded time (no per-member scan of the file)', async () => {
    const other = await sessionCookieFor((await createUser('agency_hr', 'kab-35.08')).id);
    const big = members(20_000, 10_000);
    const changed = big.filter((_, i) => i % 20 !== 0).map((m, i) => (i % 10 === 0 ? { ...m, name: `${m.name} Baru` } : m));
    for (const file of [big, changed]) {
      const started = Date.now();
      const preview = (await (await upload(rosterCsv(file), other)).json()) as ImportPreview;
      const res = await api(`/api/admin/roster/imports/${preview.import.id}/apply`, {
        method: 'POST',
        cookie: other,
        body: { confirmLeavers: true },
      });
      expect(res.status).toBe(200);
      // Under a second on an idle machine; the quadratic plans this guards against took a minute or more.
      expect(Date.now() - started).toBeLessThan(15_000);
    }
    const left = await env.DB.prepare(
      "SELECT count(*) AS n FROM roster_members WHERE agency_id = 'kab-35.08' AND left_at IS NOT NULL",
    ).first<{ n: number }>();
    expect(left!.n).toBe(500);
  }, 120_000);

  it('takes text/csv only, up to 5 MB (beyond the 2 MB of other admin writes)', async () => {
    expect((await upload(rosterCsv(members(0, 2)), cookie, 'application/json')).status).toBe(415);
    expect((await upload(rosterCsv(members(0, 2)), cookie, 'text/plain')).status).toBe(415);
    const padding = 'x'.repeat(80);
    const big =
      rosterCsv(members(0, 1)).replace('\n', `;${padding}\n`) +
      Array.from({ length: 30_000 }, (_, i) => `${syntheticNip(i)};Nama ${padding};Dinas A;`).join('\n');
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(big.length).toBeLessThan(5 * 1024 * 1024);
    expect((await upload(big, cookie)).status).toBe(201);
    const tooBig = await upload('NIP;Nama;Unit\n' + 'y'.repeat(5 * 1024 * 1024), cookie);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { detail: string }).detail).toContain('5 MB');
  }, 60_000);
});
