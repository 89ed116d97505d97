// The site's URLs: clean paths for built files, and each page's twin in the other language.
import { describe, expect, it } from 'vitest';
import { ROUTES, cleanPath, entryLocale, entrySlug, otherLocale, pagePath, rulePath } from '../../src/lib/routes';

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

  it('puts every English route under /en and keeps the quiz where the quiz pages live', () => {
    for (const route of Object.values(ROUTES)) expect(route.en === '/en' || route.en.startsWith('/en/')).toBe(true);
    expect(ROUTES.quiz).toEqual({ id: '/kuis', en: '/en/quiz' });
  });
});
