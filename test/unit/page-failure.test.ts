// A page that throws answers like this (src/middleware.ts): 503 with Retry-After, in both languages, no trace.
import { describe, expect, it } from 'vitest';
import { pageFailure } from '../../functions/http/page-failure';
import { SITE_HEADERS, withHeaders } from '../../functions/http/security-headers';

describe('pageFailure', () => {
  it('is a 503 to retry in a few seconds, never cached', () => {
    const res = pageFailure();
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('says so in Indonesian first and English second, with no script and no trace', async () => {
    const html = await pageFailure().text();
    expect(html).toMatch(/<html lang="id">/);
    expect(html.indexOf('Layanan sedang tidak tersedia')).toBeLessThan(html.indexOf('Service unavailable</h2>'));
    expect(html).toContain('<p lang="en">');
    expect(html).not.toMatch(/<script|Error|\bat \w+ \(/);
  });

  it('keeps every security header once the middleware adds them', () => {
    const res = withHeaders(pageFailure(), SITE_HEADERS);
    for (const [name, value] of Object.entries(SITE_HEADERS)) expect(res.headers.get(name), name).toBe(value);
    expect(res.status).toBe(503);
  });
});
