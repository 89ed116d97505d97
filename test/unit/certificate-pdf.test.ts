import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
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
  identity: 'self_declared' as const,
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

  it('says when the identity was confirmed by the roster', async () => {
    const typed = await renderCertificatePdf({ certificate, publicKeyUrl: 'x' });
    const confirmed = await renderCertificatePdf({ certificate: { ...certificate, identity: 'roster' }, publicKeyUrl: 'x' });
    expect(confirmed.length).toBeGreaterThan(typed.length);
  });

  it('does not fail on a name in a script the fonts lack', async () => {
    await expect(renderCertificatePdf({ certificate: { ...certificate, name: 'Сергей 李' }, publicKeyUrl: 'x' })).resolves.toBeInstanceOf(Uint8Array);
  });
});
