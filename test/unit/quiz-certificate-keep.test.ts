// What the quiz keeps on the device after a pass, how it reads it back, the share link, and the pass count.
import { describe, expect, it } from 'vitest';
import type { SubmitResponse } from '../../functions/schemas/api';
import { keptCertificate, restoreKept, whatsAppUrl } from '../../src/components/quiz/certificate-keep';
import { neededToPass } from '../../src/components/quiz/state';

const certificate = {
  code: 'NA-7K3M-Q9TZ-2HFA',
  verifyUrl: 'https://x.id/verifikasi/NA-7K3M-Q9TZ-2HFA',
  pdfUrl: 'https://x.id/api/certificates/NA-7K3M-Q9TZ-2HFA/pdf',
};
const passed: SubmitResponse = { score: 9, total: 10, passed: true, passMark: 80, feedback: [], certificate };

describe('keptCertificate', () => {
  it('keeps the code, links and score of a pass, and nothing of the person', () => {
    const kept = keptCertificate(passed, new Date('2026-12-02T10:00:00Z'));
    expect(kept).toEqual({ ...certificate, score: 9, total: 10, keptAt: '2026-12-02T10:00:00.000Z' });
  });

  it('keeps nothing from a fail or no result', () => {
    expect(keptCertificate({ ...passed, passed: false, certificate: null })).toBeNull();
    expect(keptCertificate(undefined)).toBeNull();
  });
});

describe('restoreKept', () => {
  it('reads back what was kept', () => {
    const kept = keptCertificate(passed)!;
    expect(restoreKept(JSON.stringify(kept))).toEqual(kept);
  });

  it('refuses anything else: garbage, another shape, a bad code, a script link', () => {
    for (const saved of [null, '', '{', '42', '{"code":"X"}', JSON.stringify({ ...certificate, code: 'na-1' })])
      expect(restoreKept(saved)).toBeNull();
    expect(restoreKept(JSON.stringify({ ...certificate, pdfUrl: 'javascript:alert(1)' }))).toBeNull();
    expect(restoreKept(JSON.stringify({ ...certificate, verifyUrl: '//evil.example/x' }))).toBeNull();
  });
});

describe('whatsAppUrl', () => {
  it('is a wa.me link whose text carries the verify URL', () => {
    const url = whatsAppUrl('Sertifikat saya (NA-1):', certificate.verifyUrl);
    expect(url.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decodeURIComponent(url.slice(20))).toBe(`Sertifikat saya (NA-1): ${certificate.verifyUrl}`);
  });
});

describe('neededToPass', () => {
  it('turns the pass mark into a count of right answers', () => {
    expect(neededToPass(80, 10)).toBe(8);
    expect(neededToPass(80, 12)).toBe(10);
    expect(neededToPass(70, 10)).toBe(7);
    expect(neededToPass(100, 10)).toBe(10);
  });
});
