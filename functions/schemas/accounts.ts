/**
 * Shapes of the account API (/api/auth/*, /api/admin/users, /api/admin/audit), defined once: the routes
 * validate with them, the OpenAPI document is generated from them, pages and tests import their types.
 */
import { z } from '@hono/zod-openapi';
import { AGENCY_ROLES, ROLES } from '../auth/roles';
import { PASSWORD_MAX_LENGTH } from '../auth/password';

export const emailSchema = z
  .string({ error: 'email.invalid' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'email.invalid' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'email.invalid' })
  .openapi({ example: 'hr@bantulkab.go.id' });

/** At sign-in only the shape is checked (length bounds the hashing cost); the 12-character rule applies when a password is set. */
export const loginRequestSchema = z
  .object({
    email: emailSchema,
    password: z.string({ error: 'password.required' }).min(1, { error: 'password.required' }).max(1024, { error: 'password.tooLong' }),
  })
  .openapi('LoginRequest');

export const roleSchema = z.enum(ROLES).openapi({ description: 'agency_hr, agency_admin (one agency); national_viewer, super_admin (no agency)' });
export const agencyRoleSchema = z.enum(AGENCY_ROLES, { error: 'role.invalid' });

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: roleSchema,
    agency: z.object({ id: z.string(), name: z.string() }).nullable(),
    sessionExpiresAt: z.string().openapi({ description: 'When the session ends unless used (idle expiry); sliding' }),
  })
  .openapi('Me');
export type Me = z.infer<typeof meSchema>;

export const setPasswordRequestSchema = z
  .object({
    token: z.string({ error: 'field.required' }).max(100, { error: 'field.invalid' }),
    password: z.string({ error: 'password.required' }).max(4 * PASSWORD_MAX_LENGTH, { error: 'password.tooLong' }),
  })
  .openapi('SetPasswordRequest');

export const passwordResetRequestSchema = z.object({ email: emailSchema }).openapi('PasswordResetRequest');

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: roleSchema,
    status: z.enum(['active', 'invited', 'disabled']).openapi({ description: 'invited: the setup link has not been used yet' }),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
  })
  .openapi('User');
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) }).openapi('UserList');

export const inviteRequestSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().max(100, { error: 'userName.tooLong' }).optional().transform((v) => v || null),
    role: agencyRoleSchema,
  })
  .openapi('InviteRequest');

export const inviteResponseSchema = z
  .object({
    user: userSchema,
    setupLink: z.string().openapi({ description: 'The one-time link to set a password (72 hours). Shown once: it is not stored.' }),
    expiresAt: z.string(),
    emailed: z.boolean().openapi({ description: 'Whether the link was also sent by email' }),
  })
  .openapi('InviteResponse');
export type InviteResponse = z.infer<typeof inviteResponseSchema>;

export const userParamsSchema = z.object({
  userId: z.uuid({ error: 'detail.userNotFound' }).openapi({ param: { name: 'userId', in: 'path' } }),
});

export const userPatchSchema = z
  .object({ role: agencyRoleSchema.optional(), disabled: z.boolean({ error: 'field.invalid' }).optional() })
  .strict()
  .openapi('UserPatch');

export const auditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional().openapi({ description: 'Event id to page from (exclusive)' }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    actor: z.object({ id: z.string().nullable(), email: z.string().nullable(), role: z.string().nullable() }),
    target: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
    ipHint: z.string().nullable(),
  })
  .openapi('AuditEvent');

export const auditPageSchema = z
  .object({ events: z.array(auditEventSchema), next: z.number().int().nullable().openapi({ description: 'Pass as `before` for the next page' }) })
  .openapi('AuditPage');
export type AuditPage = z.infer<typeof auditPageSchema>;
