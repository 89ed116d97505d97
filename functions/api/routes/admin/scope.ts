/** The agency scope of an admin request, from its session only. */
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { ApiProblem } from '../../problem';
import { scopeOf, type AgencyScope } from '../../../auth/scope';

/** The signed-in agency user's scope; 403 for national and super roles, which hold none. */
export function agencyScope(c: Context<AppEnv>): AgencyScope {
  const scope = scopeOf(c.var.session);
  if (!scope) throw new ApiProblem(403, 'detail.roleForbidden');
  return scope;
}
