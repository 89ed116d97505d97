// The "DICABUT / REVOKED" stamp on a revoked certificate's PDF leaves every other line readable: no text line
// (name, NIP, agency, score, basis, footer) shares its height band.
import { describe, expect, it } from 'vitest';
import { PDFDocument, type PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { renderCertificatePdf } from '../../functions/certificates/pdf';

const certificate = {
  code: 'NA-7K3M-Q9TZ-2HFA',
  name: 'Siti Aminah, S.Pd.',
  nip: '198503**********01',
  agency: 'Pemerintah Kabupaten Penajam Paser Utara',
  score: 9,
  total: 10,
  issuedAt: '2026-11-25T03:00:00.000Z',
  status: 'revoked' as const,
  identity: 'self_declared' as const,
  signature: 'sig',
  verifyUrl: 'https://netral-asn.example.id/verifikasi/NA-7K3M-Q9TZ-2HFA',
};

/** Each text object's font size and baseline, from `/F size Tf` and `1 0 0 1 x y Tm` in the page's content. */
async function textLines(bytes: Uint8Array): Promise<{ size: number; y: number }[]> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(0).node.Contents()!;
  const streams = 'asArray' in contents ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  const ops = streams.map((s) => new TextDecoder().decode(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');
  return (ops.match(/\bBT\b[\s\S]*?\bET\b/g) ?? []).flatMap((block) => {
    const size = /\/\S+ ([\d.]+) Tf/.exec(block);
    const matrix = /([-\d.]+) ([-\d.]+) Tm/.exec(block);
    return size && matrix ? [{ size: Number(size[1]), y: Number(matrix[2]) }] : [];
  });
}

/** The band a line's glyphs cover: descenders below the baseline, capitals above it (Noto Sans proportions). */
const band = ({ size, y }: { size: number; y: number }) => [y - 0.25 * size, y + 0.75 * size] as const;

describe('revoked PDF stamp', () => {
  it('shares its height with no other line of text', async () => {
    const lines = await textLines(
      await renderCertificatePdf({ certificate, publicKeyUrl: 'https://netral-asn.example.id/api/certificates/public-key' }),
    );
    const stamp = lines.reduce((a, b) => (b.size > a.size ? b : a));
    expect(stamp.size).toBe(40);
    const [low, high] = band(stamp);
    const overlapping = lines.filter((l) => l !== stamp && band(l)[0] < high && band(l)[1] > low);
    expect(overlapping).toEqual([]);
  });
});
