import { describe, expect, it, vi } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFPage, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { createCertificateRenderer, renderCertificatePdf } from '../../functions/certificates/pdf';

const certificate = {
  code: 'NA-7K3M-Q9TZ-2HFA',
  name: 'Ni Luh Putu Āyu Ḍewi Nur’aini',
  nip: '198503**********01',
  agency: 'Pemerintah Kabupaten Bantul',
  score: 9,
  total: 10,
  issuedAt: '2026-11-25T03:00:00.000Z',
  status: 'valid' as const,
  identity: 'self_declared' as const,
  signature: 'sig',
  verifyUrl: 'https://netral-asn.example.id/verifikasi/NA-7K3M-Q9TZ-2HFA',
};

// Rendering parses and subsets fonts (tens of ms idle, seconds on a loaded 2-core machine): allow for the load.
describe('certificate PDF', { timeout: 30_000 }, () => {
  it('is one A4 landscape page titled with the code, with Latin Extended names', async () => {
    const bytes = await renderCertificatePdf({ certificate, publicKeyUrl: 'https://netral-asn.example.id/api/certificates/public-key' });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(pdf.getTitle()).toContain('NA-7K3M-Q9TZ-2HFA');
    // Subsetted fonts keep the file small enough for a slow connection.
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('prints the name, score and code as text', async () => {
    const text = (await textRuns(await renderCertificatePdf({ certificate, publicKeyUrl: 'x' }))).map((r) => r.text).join('');
    expect(text).toContain(certificate.name);
    expect(text).toContain('9/10 (90%)');
    expect(text).toContain(certificate.code);
  });

  it('prints the work unit before its agency when there is one', async () => {
    const text = async (unit: string | null) =>
      (await textRuns(await renderCertificatePdf({ certificate: { ...certificate, unit }, publicKeyUrl: 'x' })))
        .map((r) => r.text)
        .join('');
    expect(await text('Dinas Pendidikan')).toContain('Dinas Pendidikan, Pemerintah Kabupaten Bantul');
    const without = await text(null);
    expect(without).toContain('Pemerintah Kabupaten Bantul');
    expect(without).not.toContain(', Pemerintah Kabupaten Bantul');
  });

  it('stamps a revoked certificate in large type, and only a revoked one', async () => {
    const stamp = (runs: TextRun[]) => runs.filter((r) => r.text.includes('REVOKED'));
    const valid = await textRuns(await renderCertificatePdf({ certificate, publicKeyUrl: 'x' }));
    const revoked = await textRuns(await renderCertificatePdf({ certificate: { ...certificate, status: 'revoked' }, publicKeyUrl: 'x' }));
    expect(stamp(valid)).toEqual([]);
    expect(stamp(revoked)).toEqual([{ text: 'DICABUT / REVOKED', size: expect.any(Number) }]);
    expect(stamp(revoked)[0]!.size).toBeGreaterThan(Math.max(...valid.map((r) => r.size)));
  });

  it('draws the QR code as one path, not a rectangle per module', async () => {
    const operators = await contentOperators(await renderCertificatePdf({ certificate, publicKeyUrl: 'x' }));
    // pdf-lib closes every filled shape with its own fill operator (the border rules are only stroked), so
    // one fill means the QR's modules went out as one path; a rectangle per module gave hundreds.
    expect(operators.match(/^(f|F|f\*|B|B\*|b|b\*)$/gm)).toHaveLength(1);
  });

  it('renders a batch with one renderer, each PDF with its own holder and only its own', async () => {
    const renderer = await createCertificateRenderer({ publicKeyUrl: 'x' });
    const people = [
      { ...certificate, code: 'NA-AAAA-BBBB-CCCC', name: 'Ḍewi Ŝaraswati' },
      { ...certificate, code: 'NA-DDDD-EEEE-FFFF', name: 'Budi Santoso' },
      { ...certificate, code: 'NA-GGGG-HHHH-JJJJ', name: 'Ōka Pradnyana' },
    ];
    const texts = await Promise.all(people.map(async (c) => (await textRuns(await renderer.render(c))).map((r) => r.text).join('')));
    people.forEach((person, i) => {
      expect(texts[i]).toContain(person.name);
      expect(texts[i]).toContain(person.code);
      for (const other of people.filter((p) => p !== person)) expect(texts[i]).not.toContain(other.name);
    });
  });

  it('says when the identity was confirmed by the roster', async () => {
    const typed = await renderCertificatePdf({ certificate, publicKeyUrl: 'x' });
    const confirmed = await renderCertificatePdf({ certificate: { ...certificate, identity: 'roster' }, publicKeyUrl: 'x' });
    expect(confirmed.length).toBeGreaterThan(typed.length);
  });

  it('does not fail on a name in a script the fonts lack', async () => {
    await expect(renderCertificatePdf({ certificate: { ...certificate, name: 'Сергей 李' }, publicKeyUrl: 'x' })).resolves.toBeInstanceOf(
      Uint8Array,
    );
  });

  it('says, in both languages, where the identity came from and what a pass does and does not show', async () => {
    const drawnFor = async (identity: 'self_declared' | 'roster') => {
      const drawn: string[] = [];
      const drawText = PDFPage.prototype.drawText;
      const spy = vi.spyOn(PDFPage.prototype, 'drawText').mockImplementation(function (this: PDFPage, text, options) {
        drawn.push(text);
        return drawText.call(this, text, options);
      });
      try {
        await renderCertificatePdf({ certificate: { ...certificate, identity }, publicKeyUrl: 'x' });
      } finally {
        spy.mockRestore();
      }
      return drawn.join('\n');
    };
    const typed = await drawnFor('self_declared');
    expect(typed).toContain('diisi sendiri oleh peserta');
    expect(typed).toContain('entered by the participant');
    expect(typed).not.toContain('daftar pegawai instansi;');
    const confirmed = await drawnFor('roster');
    expect(confirmed).toContain('diambil dari daftar pegawai instansi');
    expect(confirmed).toContain("come from the agency's staff roster");
    expect(confirmed).not.toContain('diisi sendiri');
    for (const text of [typed, confirmed]) {
      expect(text).toContain('bukan bahwa pemegangnya tidak pernah melanggar aturan');
      expect(text).toContain('not that the holder never broke the rules');
      expect(text).not.toContain('comes with agency accounts');
    }
  });
});

interface TextRun {
  text: string;
  size: number;
}

/**
 * The text drawn on the first page, one entry per text object, read back from the content stream: pdf-lib
 * writes each run as `/Font size Tf … <hex> Tj`, embedded fonts as glyph ids (mapped back through the font's
 * ToUnicode map) and the standard Courier as WinAnsi bytes.
 */
async function textRuns(bytes: Uint8Array): Promise<TextRun[]> {
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
    decoders.set(name.asString(), (hex) =>
      hex
        .toLowerCase()
        .match(/.{4}/g)!
        .map((id) => glyphs.get(id) ?? '\uFFFD')
        .join(''),
    );
  }
  const operators = await contentOperators(bytes);
  const runs: TextRun[] = [];
  for (const block of operators.match(/\bBT\b[\s\S]*?\bET\b/g) ?? []) {
    const font = /(\/\S+) ([\d.]+) Tf/.exec(block);
    const shown = [...block.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((m) => decoders.get(font![1]!)!(m[1]!)).join('');
    if (font && shown) runs.push({ text: shown, size: Number(font[2]) });
  }
  return runs;
}

/** The first page's content stream operators as text. */
async function contentOperators(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(0).node.Contents()!;
  const streams = 'asArray' in contents ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  return streams.map((stream) => new TextDecoder().decode(decodePDFRawStream(stream as PDFRawStream).decode())).join('\n');
}
