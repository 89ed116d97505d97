/** POST /api/admin/certificates/{code}/revoke: an agency admin revokes one of the agency's certificates, with a reason. */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { requireRole, sessionAuditEvent } from '../../middleware/session';
import { agencyScope } from './scope';
import { rolesWith } from '../../../auth/roles';
import { normalizeCertificateCode } from '../../../domain/certificate';
import { certificateParamsSchema, revokeRequestSchema, revokeResponseSchema } from '../../../schemas/report';
import { findAgencyCertificate, revokeCertificate } from '../../../storage/agency-certificates';
import { auditIfStatement } from '../../../storage/audit';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const revokeRoute = createRoute({
  method: 'post',
  path: '/{code}/revoke',
  summary:
    "Revoke a certificate of your agency (agency admin) with a reason: the verify page and API then show it revoked, and the report is recounted. Another agency's code is a 404.",
  middleware: [requireRole(...rolesWith('agency.revoke'))],
  request: { params: certificateParamsSchema, body: { required: true, content: json(revokeRequestSchema) } },
  responses: { 200: { description: 'Revoked', content: json(revokeResponseSchema) }, ...problems(400, 401, 403, 404, 409, 413, 415) },
});

export const certificateAdminRoutes = apiRouter().openapi(revokeRoute, async (c) => {
  const scope = agencyScope(c);
  const code = normalizeCertificateCode(c.req.valid('param').code);
  const { reason } = c.req.valid('json');
  const db = c.env.DB;
  const certificate = code && (await findAgencyCertificate(db, scope, code));
  if (!certificate) throw new ApiProblem(404, 'detail.certificateNotFound');
  if (certificate.status === 'revoked') throw new ApiProblem(409, 'detail.alreadyRevoked');
  const now = new Date();
  const at = now.toISOString();
  const event = sessionAuditEvent(c, 'cert.revoke', `certificate:${certificate.code}`, { reason }, at);
  const revoked = await revokeCertificate(db, scope, certificate.code, reason, now, [
    auditIfStatement(db, event, 'EXISTS (SELECT 1 FROM certificates WHERE code = ?9 AND revoked_at = ?10)', [certificate.code, at]),
  ]);
  if (!revoked) throw new ApiProblem(409, 'detail.alreadyRevoked');
  return c.json({ code: certificate.code, status: 'revoked' as const, revokedAt: at, reason }, 200);
});
