/** GET /api/certificates/{code} and friends: the public view of a certificate. */
import { z } from '@hono/zod-openapi';

export const certificateStatusSchema = z.enum(['valid', 'revoked']);

export const certificateViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  nip: z.string().describe('Masked: the first six and last two digits'),
  agency: z.string(),
  score: z.number().int(),
  total: z.number().int(),
  issuedAt: z.iso.datetime(),
  identity: z
    .enum(['self_declared', 'roster'])
    .describe(
      "roster: NIP, name and agency were taken from the agency's roster through a personal quiz link (signed as content version 2); self_declared: typed by the participant",
    ),
  status: certificateStatusSchema,
  signature: z.string().describe('Ed25519 over the canonical content, base64url'),
  verifyUrl: z.url(),
  // Shown with the certificate but not part of the signed content (added later; clients may ignore them).
  unit: z.string().nullable().optional().describe('The work unit the participant typed, not signed'),
  revokedAt: z.iso.datetime().nullable().optional().describe('When it was revoked (revoked certificates only)'),
  revokedReason: z.string().nullable().optional().describe('Why it was revoked (revoked certificates only)'),
  cycle: z
    .object({
      id: z.string(),
      name: z.string(),
      current: z
        .boolean()
        .describe(
          'Issued in the current election cycle: it counts as complete for it. An older one stays a valid record but does not count.',
        ),
    })
    .nullable()
    .optional()
    .describe('The election cycle it was issued in (null before the first cycle), not signed'),
});
export type CertificateView = z.infer<typeof certificateViewSchema>;

/** Any text: the handler reads it as a person may type a code (case, dashes, O/I/L), unknown → 404. */
export const certificateCodeParamsSchema = z.object({
  code: z
    .string()
    .openapi({ description: 'Certificate code, e.g. NA-7K3M-Q9TZ-2HFA (case and dashes optional)', example: 'NA-7K3M-Q9TZ-2HFA' }),
});

export const publicJwkSchema = z
  .object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), use: z.literal('sig'), key_ops: z.array(z.literal('verify')) })
  .describe('The Ed25519 public key as a JWK');
