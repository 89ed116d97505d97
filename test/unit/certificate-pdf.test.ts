import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { renderCertificatePdf } from '../../functions/certificates/pdf';

const certificate = {
  code: 'NA-7K3M-Q9TZ-2HFA',
  name: 'Ni Luh Putu Āyu Ḍewi Nur’aini',
  nip: '198503**********01',
  agency: 'Pemerintah Kabupaten Bantul',
  score: 9,
  total: 10,
  issuedAt: '2026-11-25T03:00:00.000Z',
  status: 'valid' as const,
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

  it('stamps a revoked certificate in large type, and only a revoked one', async () => {
    const stamp = (runs: TextRun[]) => runs.filter((r) => r.text.includes('REVOKED'));
    const valid = await textRuns(await renderCertificatePdf({ certificate, publicKeyUrl: 'x' }));
    const revoked = await textRuns(await renderCertificatePdf({ certificate: { ...certificate, status: 'revoked' }, publicKeyUrl: 'x' }));
    expect(stamp(valid)).toEqual([]);
    expect(stamp(revoked)).toEqual([{ text: 'DICABUT / REVOKED', size: expect.any(Number) }]);
    expect(stamp(revoked)[0]!.size).toBeGreaterThan(Math.max(...valid.map((r) => r.size)));
  });

  it('does not fail on a name in a script the fonts lack', async () => {
    await expect(renderCertificatePdf({ certificate: { ...certificate, name: 'Сергей 李' }, publicKeyUrl: 'x' })).resolves.toBeInstanceOf(
      Uint8Array,
    );
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
  const contents = page.Contents()!;
  const streams = 'asArray' in contents ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const operators = streams.map((stream) => new TextDecoder().decode(decodePDFRawStream(stream as PDFRawStream).decode())).join('\n');
  const runs: TextRun[] = [];
  for (const block of operators.match(/\bBT\b[\s\S]*?\bET\b/g) ?? []) {
    const font = /(\/\S+) ([\d.]+) Tf/.exec(block);
    const shown = [...block.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((m) => decoders.get(font![1]!)!(m[1]!)).join('');
    if (font && shown) runs.push({ text: shown, size: Number(font[2]) });
  }
  return runs;
}
