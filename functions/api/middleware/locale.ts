/** The response language, detected once per request with Hono's languageDetector. */
import { languageDetector } from 'hono/language';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { LOCALES, type Locale } from '../../schemas/content';

/**
 * Sets `c.var.locale` from `?lang=` or Accept-Language (q-values honoured), falling back to Indonesian.
 * Nothing is remembered between requests: no cookie, so API answers stay cacheable and stateless.
 * @example app.use(detectLocale())
 */
export function detectLocale(): MiddlewareHandler<AppEnv> {
  const detect = languageDetector({
    order: ['querystring', 'header'],
    lookupQueryString: 'lang',
    supportedLanguages: [...LOCALES],
    fallbackLanguage: 'id',
    caches: false,
  });
  return (c, next) =>
    detect(c, async () => {
      c.set('locale', c.get('language') as Locale);
      await next();
    });
}
