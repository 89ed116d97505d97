/**
 * The agency a request may touch. Tenant isolation by construction: an agency user never names an agency
 * in a request; the scope comes from their session, and every storage function for tenant data takes it
 * (`(db, scope, …)`) and binds `scope.agencyId`. The brand (a module-private symbol) and the registry
 * below mean that only `scopeOf` can make one: a hand-built object neither type-checks nor passes
 * `assertScope`.
 */
import type { AgencyRole } from './roles';
import { isAgencyRole } from './roles';
import type { AuthSession } from './session';

declare const brand: unique symbol;

export type AgencyScope = { readonly agencyId: string; readonly userId: string; readonly role: AgencyRole } & { readonly [brand]: true };

const issued = new WeakSet<object>();

/**
 * The scope of a signed-in agency user; `null` for national and super roles, which read aggregates only
 * and get no agency's personal data.
 * @example const scope = scopeOf(c.var.session); if (!scope) throw new ApiProblem(403, 'detail.roleForbidden');
 */
export function scopeOf(session: Pick<AuthSession, 'user'>): AgencyScope | null {
  const { user } = session;
  if (!isAgencyRole(user.role) || !user.agencyId) return null;
  const scope = Object.freeze({ agencyId: user.agencyId, userId: user.id, role: user.role }) as AgencyScope;
  issued.add(scope);
  return scope;
}

/** Throws unless `scope` came from `scopeOf` (a cast object would otherwise reach the SQL). */
export function assertScope(scope: AgencyScope): void {
  if (!issued.has(scope)) throw new TypeError('AgencyScope must come from scopeOf(session)');
}
