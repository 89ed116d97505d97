// The site's URLs: clean paths for built files, and each page's twin in the other language.
import { describe, expect, it } from 'vitest';
import { API_PATHS, ROUTES, cleanPath, entryLocale, entrySlug, otherLocale, pagePath, rulePath, verifyPath } from '../../src/lib/routes';
import { certificateUrls } from '../../functions/certificates/urls';
import { app } from '../../functions/api/app';
import { PUBLIC_KEY_PATH } from '../../functions/api/routes/certificates';

describe('routes', () => {
  it('turns built file paths into the URLs the site links to', () => {
    expect(cleanPath('/aturan/media-sosial.html')).toBe('/aturan/media-sosial');
    expect(cleanPath('/aturan/media-sosial/')).toBe('/aturan/media-sosial');
    expect(cleanPath('/en/index.html')).toBe('/en');
    expect(cleanPath('/en.html')).toBe('/en');
    expect(cleanPath('/index.html')).toBe('/');
    expect(cleanPath('/')).toBe('/');
  });

  it('builds rule and page URLs per language', () => {
    expect(rulePath('id', 'media-sosial')).toBe('/aturan/media-sosial');
    expect(rulePath('en', 'social-media')).toBe('/en/rules/social-media');
    expect(pagePath('id', 'cara-melapor')).toBe('/cara-melapor');
    expect(pagePath('en', 'how-to-report')).toBe('/en/how-to-report');
  });

  it('reads language and slug from a content entry id', () => {
    expect(entryLocale('en/social-media')).toBe('en');
    expect(entryLocale('id/media-sosial')).toBe('id');
    expect(entrySlug('id/media-sosial')).toBe('media-sosial');
    expect(otherLocale('id')).toBe('en');
  });

  it('puts every English route under /en', () => {
    for (const route of Object.values(ROUTES)) expect(route.en === '/en' || route.en.startsWith('/en/')).toBe(true);
  });

  it("builds a certificate's verify page, the one the API's links point to", () => {
    expect(verifyPath('id')).toBe('/verifikasi');
    expect(verifyPath('en', 'NA-7K3M-Q9XD-2F4H')).toBe('/en/verify/NA-7K3M-Q9XD-2F4H');
    expect(certificateUrls('https://netral-asn.example.id', 'NA-7K3M-Q9XD-2F4H', 'en')).toEqual({
      verifyUrl: 'https://netral-asn.example.id/en/verify/NA-7K3M-Q9XD-2F4H',
      pdfUrl: 'https://netral-asn.example.id/api/certificates/NA-7K3M-Q9XD-2F4H/pdf',
    });
  });
});

describe('API paths the site uses', () => {
  /** Whether a route of the Hono app (not a `*` middleware) answers this method and concrete path. */
  const answers = (method: string, url: string) => {
    const path = url.replace(/\?.*$/, '');
    return app.routes.some(
      (r) => r.method === method && !r.path.includes('*') && new RegExp(`^${r.path.replace(/:\w+/g, '[^/]+')}$`).test(path),
    );
  };

  it('are each answered by the API', () => {
    expect(answers('GET', API_PATHS.agencies('bantul'))).toBe(true);
    expect(answers('POST', API_PATHS.attempts)).toBe(true);
    expect(answers('POST', API_PATHS.submit('01JD6Z'))).toBe(true);
    expect(answers('GET', API_PATHS.certificatePdf('NA-7K3M-Q9XD-2F4H'))).toBe(true);
    expect(answers('GET', API_PATHS.publicKey)).toBe(true);
    expect(answers('GET', '/api/nothing-here')).toBe(false);
    expect(API_PATHS.publicKey).toBe(PUBLIC_KEY_PATH);
  });
});
