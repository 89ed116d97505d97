import { describe, expect, it } from 'vitest';
import { parseRoster, checkNipCell, checkUnitCell, unitKey, ROSTER_MAX_ROWS } from '../../functions/domain/roster';
import { detectDelimiter, headerKey } from '../../functions/domain/roster-csv';
import { syntheticNip } from './roster-fixtures';

const today = new Date('2026-12-01T00:00:00Z');
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseRoster(encode(text), today);

function rosterOf(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`file refused: ${JSON.stringify(result.error)}`);
  return result.roster;
}

describe('reading the file', () => {
  it('accepts UTF-8 with a BOM and keeps the first header', () => {
    const roster = rosterOf('\uFEFFNIP;Nama;Unit Kerja\r\n198503152010121001;Siti Nur’aini;Dinas Pendidikan\r\n');
    expect(roster.columns).toEqual({ nip: 'NIP', name: 'Nama', unit: 'Unit Kerja' });
    expect(roster.rows).toEqual([{ line: 2, nip: '198503152010121001', name: "Siti Nur'aini", unit: 'Dinas Pendidikan', email: null }]);
  });

  it('refuses a file that is not UTF-8 (Excel "CSV (Comma delimited)" in Windows-1252)', () => {
    const latin1 = Uint8Array.from(
      [...'NIP;Nama;Unit\n198503152010121001;Jos', 0xe9, ...';Dinas\n'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
    );
    expect(parseRoster(latin1, today)).toEqual({ ok: false, error: { code: 'roster.encoding' } });
  });

  it.each([
    ['NIP;Nama;"Unit, Kerja"', ';'],
    ['NIP,Nama,Unit Kerja', ','],
    ['NIP\tNama\tUnit Kerja', '\t'],
    ['"NIP;x",Nama,Unit', ','],
    ['"Unit; Kerja; OPD",NIP,Nama', ','],
    ['NIP', ','],
  ])('takes the delimiter from the header row outside quotes: %j', (header, delimiter) => {
    expect(detectDelimiter(`${header}\n1;2;3;4;5;6`)).toBe(delimiter);
  });

  it('keeps quoted names with commas whole in a comma file, and semicolons in a semicolon file', () => {
    const comma = rosterOf('NIP,Nama,Unit Kerja\n198503152010121001,"Siti Rahayu, S.Pd.","Dinas Pendidikan, Pemuda dan Olahraga"\n');
    expect(comma.rows[0]).toMatchObject({ name: 'Siti Rahayu, S.Pd.', unit: 'Dinas Pendidikan, Pemuda dan Olahraga' });
    const semicolon = rosterOf('NIP;Nama;Unit Kerja\n198503152010121001;Siti Rahayu, S.Pd.;"Dinas A; B"\n');
    expect(semicolon.rows[0]).toMatchObject({ name: 'Siti Rahayu, S.Pd.', unit: 'Dinas A; B' });
  });

  it.each([
    ['No. NIP', 'nip'],
    ['NIP_BARU', 'nip'],
    ['Nama Lengkap', 'name'],
    ['UNOR', 'unit'],
    ['Perangkat Daerah', 'unit'],
    ['OPD', 'unit'],
    ['E-mail', 'email'],
  ])('maps the header %j to %s', (header, field) => {
    const others = { nip: 'NIP', name: 'Nama', unit: 'Unit Kerja', email: 'Surel' } as Record<string, string>;
    others[field] = header;
    const roster = rosterOf(`${Object.values(others).join(';')}\n198503152010121001;Siti;Dinas A;siti@contoh.go.id\n`);
    expect(roster.columns[field as 'nip']).toBe(header);
    expect(roster.rows).toHaveLength(1);
    expect(headerKey(header)).not.toMatch(/[^a-z0-9 ]/);
  });

  it('names the missing columns and the headers it found', () => {
    expect(parse('NIP;Nama Pegawai;Jabatan\n198503152010121001;Siti;Guru\n')).toEqual({
      ok: false,
      error: { code: 'roster.missingColumns', missing: ['unit'], found: ['NIP', 'Nama Pegawai', 'Jabatan'] },
    });
  });

  it('refuses an empty file and one with only a header', () => {
    expect(parse('')).toMatchObject({ ok: false, error: { code: 'roster.empty' } });
    expect(parse('NIP;Nama;Unit\n\n;;\n')).toMatchObject({ ok: false, error: { code: 'roster.empty' } });
  });

  it('refuses more than 5 MB before reading it', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41);
    expect(parseRoster(big, today)).toEqual({ ok: false, error: { code: 'roster.tooLarge' } });
  });

  it(`refuses more than ${ROSTER_MAX_ROWS} rows`, () => {
    const lines = Array.from({ length: ROSTER_MAX_ROWS + 1 }, () => '1;A;B');
    expect(parse(`NIP;Nama;Unit\n${lines.join('\n')}`)).toMatchObject({ ok: false, error: { code: 'roster.tooManyRows' } });
  });

  it('counts lines as a spreadsheet shows them: blank rows skipped but counted', () => {
    const roster = rosterOf('NIP;Nama;Unit\n\n198503152010121001;Siti;Dinas A\n;;\n198503152010122002;Ani;Dinas B\n');
    expect(roster.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('rejects a line whose quote is never closed', () => {
    const roster = rosterOf('NIP;Nama;Unit\n198503152010121001;Siti;Dinas A\n198503152010122002;"Ani;Dinas B\n');
    expect(roster.rows).toHaveLength(1);
    expect(roster.rejected[0]!.problems).toContainEqual({ field: 'row', error: 'row.malformed' });
  });
});

describe('row rules', () => {
  it.each([
    ["'198503152010121001", '198503152010121001'],
    ['19850315 201012 1 001', '198503152010121001'],
    [' 198503152010121001 ', '198503152010121001'],
  ])('cleans the NIP cell %j', (cell, nip) => {
    expect(checkNipCell(cell, today)).toEqual({ nip });
  });

  it.each([
    ['1,98503E+17', 'nip.excelScientific'],
    ['1.98503E+17', 'nip.excelScientific'],
    ['1.98503152010121E+17', 'nip.excelScientific'],
    ['198503152010121000', 'nip.excelRounded'],
    ['19850315201012100', 'nip.format'],
    ['198502302010121001', 'nip.birthDate'],
    ['198503152010123001', 'nip.gender'],
    ['', 'nip.required'],
    [undefined, 'nip.required'],
  ])('names what is wrong with the NIP %j', (cell, error) => {
    expect(checkNipCell(cell, today)).toEqual({ error });
  });

  it('checks units: required, at most 120 characters, no invisible characters; keys ignore case and spacing', () => {
    expect(checkUnitCell('  Dinas   Kesehatan ')).toEqual({ unit: 'Dinas Kesehatan' });
    expect(checkUnitCell('')).toEqual({ error: 'unit.required' });
    expect(checkUnitCell('x'.repeat(121))).toEqual({ error: 'unit.tooLong' });
    expect(checkUnitCell('Dinas\u202eA')).toEqual({ error: 'unit.characters' });
    expect(unitKey('DINAS  Kesehatan')).toBe(unitKey('Dinas Kesehatan'));
  });

  it('rejects lines missing a name or unit, with a bad email, each with every reason', () => {
    const roster = rosterOf(
      [
        'NIP;Nama;Unit Kerja;Email',
        '198503152010121001;;Dinas A;',
        '198503152010122002;Ani;;',
        '1,98503E+17;Budi;Dinas A;budi@',
        '198503152010121003;Citra;Dinas B;CITRA@Contoh.go.id',
      ].join('\n'),
    );
    expect(roster.rows).toEqual([{ line: 5, nip: '198503152010121003', name: 'Citra', unit: 'Dinas B', email: 'citra@contoh.go.id' }]);
    expect(roster.rejected).toEqual([
      { line: 2, nip: '198503152010121001', problems: [{ field: 'name', error: 'name.required' }] },
      { line: 3, nip: '198503152010122002', problems: [{ field: 'unit', error: 'unit.required' }] },
      {
        line: 4,
        nip: '1,98503E+17',
        problems: [
          { field: 'nip', error: 'nip.excelScientific' },
          { field: 'email', error: 'email.invalid' },
        ],
      },
    ]);
  });

  it('rejects every copy of a duplicated NIP and names all their lines, however the NIP was written', () => {
    const roster = rosterOf(
      [
        'NIP;Nama;Unit',
        '198503152010121001;Siti;Dinas A',
        '198503152010122002;Ani;Dinas A',
        "'19850315 201012 1 001;Siti R;Dinas B",
        '198503152010121001;;Dinas C',
      ].join('\n'),
    );
    expect(roster.rows.map((r) => r.line)).toEqual([3]);
    const duplicate = { field: 'nip', error: 'row.duplicate', lines: [2, 4, 5], count: 3 };
    expect(roster.rejected.map((r) => [r.line, r.problems])).toEqual([
      [2, [duplicate]],
      [4, [duplicate]],
      [5, [{ field: 'name', error: 'name.required' }, duplicate]],
    ]);
  });

  it('does not call rows of spreadsheet-damaged NIPs duplicates of each other', () => {
    const roster = rosterOf(['NIP;Nama;Unit', '1,98503E+17;Siti;Dinas A', '1,98503E+17;Ani;Dinas A'].join('\n'));
    expect(roster.rejected.map((r) => r.problems)).toEqual([
      [{ field: 'nip', error: 'nip.excelScientific' }],
      [{ field: 'nip', error: 'nip.excelScientific' }],
    ]);
  });

  it('reads a 10,000-row export, without quadratic work', () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) => `${syntheticNip(i)};"Pegawai ${String.fromCharCode(65 + (i % 26))}, S.Kom.";Unit ${i % 60}`,
    );
    lines[500] = `${syntheticNip(7)};Kembar;Unit 1`;
    const started = performance.now();
    const roster = rosterOf(`\uFEFFNIP;Nama;Unit Kerja\r\n${lines.join('\r\n')}\r\n`);
    const elapsed = performance.now() - started;
    expect(roster.rows).toHaveLength(9_998);
    expect(roster.rejected.map((r) => r.line)).toEqual([9, 502]);
    expect(new Set(roster.rows.map((r) => r.nip)).size).toBe(9_998);
    expect(roster.rows[0]).toMatchObject({ name: 'Pegawai A, S.Kom.', unit: 'Unit 0' });
    // About 0.2 s on an idle machine; the bound only catches accidental quadratic work on a busy CI host.
    expect(elapsed).toBeLessThan(5_000);
  });
});
