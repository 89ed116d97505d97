/**
 * The API's Hono environment, in its own module so routes and middleware never import the app that
 * composes them.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { createFactory } from 'hono/factory';
import type { Locale } from '../schemas/content';
import type { AuthSession } from '../auth/session';
import { validationHook } from './problem';

export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** The response language: `?lang=`, else Accept-Language (q-values honoured), else Indonesian; a body's `locale` may override it. */
    locale: Locale;
    /** Set by Hono's languageDetector; read `locale` instead. */
    language: string;
    /**
     * The signed-in session, set by `requireSession()` (functions/api/middleware/session.ts) on /api/admin/*
     * and the signed-in /api/auth routes. Agency data is reached through `scopeOf(session)`, never an id from the request.
     */
    session: AuthSession;
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
