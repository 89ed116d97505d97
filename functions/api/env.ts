/**
 * The API's Hono environment, in its own module so routes and middleware never import the app that
 * composes them. Admin variables (account, agencyId) are added here when sessions arrive.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { createFactory } from 'hono/factory';
import type { Locale } from '../schemas/content';
import { validationHook } from './problem';

export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** The response language: `?lang=`, else Accept-Language (q-values honoured), else Indonesian; a body's `locale` may override it. */
    locale: Locale;
    /** Set by Hono's languageDetector; read `locale` instead. */
    language: string;
  };
};

export const factory = createFactory<AppEnv>();

/**
 * A router whose routes are described in the OpenAPI document and whose validation failures are
 * problem+json in the request's language.
 * @example export const healthRoutes = apiRouter().openapi(healthRoute, (c) => c.json({ status: 'ok' }, 200));
 */
export function apiRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
