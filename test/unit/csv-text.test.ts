import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvText as toCsv } from '../../functions/exports/csv';

describe('CSV export', () => {
  it('starts with a BOM, quotes what needs quoting, ends lines with CRLF, and reads back the same', () => {
    const rows = [
      ['198503152010121001', 'Siti Rahayu, S.Pd.', 'Dinas "Pendidikan"'],
      ['198503152010122002', 'Ni Luh Putu Āyu', 'Kecamatan\nSewon'],
    ];
    const csv = toCsv(['NIP', 'Nama', 'Unit Kerja'], rows);
    expect(csv.startsWith('\uFEFFNIP,Nama,Unit Kerja\r\n')).toBe(true);
    expect(csv).toContain('"Siti Rahayu, S.Pd.","Dinas ""Pendidikan"""');
    expect(Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data.slice(1)).toEqual(rows);
  });

  it.each(['=HYPERLINK("http://x")', '+62 812', '-1', '@SUM(A1)', '\t=1', '  =1', '\r=1'])(
    'defuses the formula-looking cell %j',
    (cell) => {
      const csv = toCsv(['x'], [[cell]]);
      const [, value] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.map((r) => r[0]);
      expect(value).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary cells, including NIPs and dates, as they are', () => {
    const csv = toCsv(['a', 'b', 'c'], [['198503152010121001', '2026-12-01', null]]);
    expect(csv.endsWith('198503152010121001,2026-12-01,\r\n')).toBe(true);
  });
});
