import { describe, expect, it } from 'vitest';
import { downloadHeaders } from '../../functions/exports/download';

describe('downloadHeaders', () => {
  it('makes a CSV an uncached, unindexed attachment', () => {
    const headers = downloadHeaders('csv', 'sertifikat-kab-34.02-2026-12-02');
    expect(Object.fromEntries(headers)).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="sertifikat-kab-34.02-2026-12-02.csv"',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
    });
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd.zip'],
    ['a"; filename=evil.exe\r\nSet-Cookie: x=1', 'a-filename-evil.exe-Set-Cookie-x-1.zip'],
    ['Kabupaten Bantul – Āyu', 'Kabupaten-Bantul-yu.zip'],
    ['', 'ekspor.zip'],
  ])('reduces the name %j to %s', (name, file) => {
    expect(downloadHeaders('zip', name).get('content-disposition')).toBe(`attachment; filename="${file}"`);
    expect(downloadHeaders('zip', name).get('content-type')).toBe('application/zip');
  });
});
