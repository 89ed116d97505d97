import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCertificateRenderer } from '../../functions/certificates/pdf';
import type { PageFetcher } from '../../functions/exports/pages';
import {
  certificateFileName,
  certificatesZip,
  MAX_CERTIFICATES_PER_ZIP,
  TooManyCertificates,
  type ZippedCertificate,
} from '../../functions/exports/zip';

interface Entry {
  name: string;
  method: number;
  data: Uint8Array;
}

/** Reads a ZIP through its central directory (APPNOTE 4.3.12–4.3.16), checking each entry's CRC-32. */
function unzip(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  expect(eocd).toBeGreaterThanOrEqual(0);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    expect(crc32(data) >>> 0).toBe(crc);
    entries.push({ name, method, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const bytes = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

const people = (n: number, from = 0): ZippedCertificate[] =>
  Array.from({ length: n }, (_, i) => ({
    code: `NA-7K3M-Q9TZ-${String(from + i).padStart(4, '0')}`,
    name: `Pegawai ${from + i}`,
    issuedAt: '2026-11-25T03:00:00.000Z',
  }));

const paged =
  (all: ZippedCertificate[], size: number): PageFetcher<ZippedCertificate, number> =>
  async (cursor) => {
    const from = cursor ?? 0;
    return { rows: all.slice(from, from + size), next: from + size < all.length ? from + size : null };
  };

const fakePdf = async (c: ZippedCertificate) => new TextEncoder().encode(`%PDF-1.7 ${c.code}\n%%EOF`);

describe('certificateFileName', () => {
  it.each([
    ['Ni Luh Putu Āyu Ḍewi Nur’aini', 'NA-7K3M-Q9TZ-2HFA_ni-luh-putu-ayu-dewi-nur-aini.pdf'],
    ['Siti Rahayu, S.Pd.', 'NA-7K3M-Q9TZ-2HFA_siti-rahayu-s-pd.pdf'],
    ['../../etc/passwd', 'NA-7K3M-Q9TZ-2HFA_etc-passwd.pdf'],
    ['C:\\Windows\\system32', 'NA-7K3M-Q9TZ-2HFA_c-windows-system32.pdf'],
    ['a\u0000b\r\nc', 'NA-7K3M-Q9TZ-2HFA_a-b-c.pdf'],
    ['Сергей 李', 'NA-7K3M-Q9TZ-2HFA_sertifikat.pdf'],
    ['', 'NA-7K3M-Q9TZ-2HFA_sertifikat.pdf'],
    ['Ａｂｃ ﬁ', 'NA-7K3M-Q9TZ-2HFA_abc-fi.pdf'],
  ])('%j → %s', (name, file) => {
    expect(certificateFileName('NA-7K3M-Q9TZ-2HFA', name)).toBe(file);
  });

  it('caps the name part and never ends it with a dash', () => {
    const file = certificateFileName('NA-7K3M-Q9TZ-2HFA', `${'a'.repeat(59)} bcd`);
    expect(file).toBe(`NA-7K3M-Q9TZ-2HFA_${'a'.repeat(59)}.pdf`);
    expect(file).toMatch(/^NA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}_[a-z0-9-]{1,60}\.pdf$/);
  });

  it('refuses anything but a canonical code', () => {
    for (const code of ['../NA-7K3M-Q9TZ-2HFA', 'na-7k3m-q9tz-2hfa', 'NA-7K3M-Q9TZ-2HF/']) {
      expect(() => certificateFileName(code, 'x')).toThrow();
    }
  });
});

describe('certificatesZip', () => {
  it('stores one PDF per certificate, across pages, named by code and name', async () => {
    const all = people(7);
    const entries = unzip(await bytes(certificatesZip({ fetchPage: paged(all, 3), render: fakePdf })));
    expect(entries.map((e) => e.name)).toEqual(all.map((c) => certificateFileName(c.code, c.name)));
    expect(entries.every((e) => e.method === 0)).toBe(true);
    expect(entries.map((e) => new TextDecoder().decode(e.data))).toEqual(all.map((c) => `%PDF-1.7 ${c.code}\n%%EOF`));
  });

  it('holds real certificate PDFs', async () => {
    const renderer = await createCertificateRenderer({ publicKeyUrl: 'https://netral-asn.example.id/api/certificates/public-key' });
    const all = people(2).map((c) => ({
      ...c,
      nip: '198503**********01',
      agency: 'Pemerintah Kabupaten Bantul',
      score: 9,
      total: 10,
      status: 'valid' as const,
      signature: 's',
      identity: 'self_declared' as const,
      verifyUrl: `https://netral-asn.example.id/verifikasi/${c.code}`,
    }));
    const entries = unzip(await bytes(certificatesZip({ fetchPage: async () => ({ rows: all, next: null }), render: renderer.render })));
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(new TextDecoder().decode(entry.data.subarray(0, 5))).toBe('%PDF-');
      expect(new TextDecoder().decode(entry.data.subarray(-6)).trim()).toBe('%%EOF');
    }
  });

  it('renders each PDF only when the archive reaches it', async () => {
    let rendered = 0;
    const reader = certificatesZip({
      fetchPage: paged(people(50), 10),
      render: async (c) => {
        rendered++;
        return fakePdf(c);
      },
    }).getReader();
    await reader.read();
    expect(rendered).toBeLessThanOrEqual(2);
    // A client that goes away cancels the stream; client-zip throws the reason into the file source
    // (and rejects the cancel with it), which ends the rendering.
    const gone = new Error('client went away');
    await expect(reader.cancel(gone)).rejects.toBe(gone);
    const after = rendered;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rendered).toBe(after);
  });

  it('an empty scope gives a valid empty archive', async () => {
    expect(unzip(await bytes(certificatesZip({ fetchPage: async () => ({ rows: [], next: null }), render: fakePdf })))).toEqual([]);
  });

  it(`refuses a file of more than ${MAX_CERTIFICATES_PER_ZIP} certificates`, async () => {
    const stream = certificatesZip({ fetchPage: paged(people(MAX_CERTIFICATES_PER_ZIP + 1), 100), render: fakePdf });
    await expect(bytes(stream)).rejects.toBeInstanceOf(TooManyCertificates);
  });
});
