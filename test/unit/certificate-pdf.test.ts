import { describe, expect, it, vi } from 'vitest';
import { PDFDocument, PDFPage } from 'pdf-lib';
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

describe('certificate PDF', () => {
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

  it('marks a revoked certificate', async () => {
    const valid = await renderCertificatePdf({ certificate, publicKeyUrl: 'x' });
    const revoked = await renderCertificatePdf({ certificate: { ...certificate, status: 'revoked' }, publicKeyUrl: 'x' });
    expect(revoked.length).toBeGreaterThan(valid.length);
  });

  it('does not fail on a name in a script the fonts lack', async () => {
    await expect(renderCertificatePdf({ certificate: { ...certificate, name: 'Сергей 李' }, publicKeyUrl: 'x' })).resolves.toBeInstanceOf(Uint8Array);
  });

  it('says, in both languages, that identity is self-declared and what a pass does and does not show', async () => {
    const drawn: string[] = [];
    const drawText = PDFPage.prototype.drawText;
    const spy = vi.spyOn(PDFPage.prototype, 'drawText').mockImplementation(function (this: PDFPage, text, options) {
      drawn.push(text);
      return drawText.call(this, text, options);
    });
    try {
      await renderCertificatePdf({ certificate, publicKeyUrl: 'x' });
    } finally {
      spy.mockRestore();
    }
    const text = drawn.join('\n');
    expect(text).toContain('diisi sendiri oleh peserta');
    expect(text).toContain('bukan bahwa pemegangnya tidak pernah melanggar aturan');
    expect(text).toContain('entered by the participant');
    expect(text).toContain('not that the holder never broke the rules');
    expect(text).toContain('agency roster comes with agency accounts');
  });
});
