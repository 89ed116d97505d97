/** POST /api/certificates/lookup ("Cari sertifikat saya"): a NIP and a name in, that person's certificates out. */
import { z } from '@hono/zod-openapi';
import { nameSchema, nipSchema } from './api';
import { localeSchema } from './content';
import { certificateStatusSchema } from './certificates';

export const certificateLookupRequestSchema = z.object({
  nip: nipSchema.describe('The full NIP or NI PPPK, 18 digits'),
  name: nameSchema.describe('The full name exactly as printed on the certificate (case and spacing do not matter)'),
  locale: localeSchema.optional().describe('Language of the verify links; else the request language'),
});

const certificateLookupItemSchema = z.object({
  code: z.string(),
  issuedAt: z.iso.datetime(),
  status: certificateStatusSchema,
  agency: z.string(),
  score: z.number().int(),
  total: z.number().int(),
  verifyUrl: z.url(),
  pdfUrl: z.url(),
});

export const certificateLookupResponseSchema = z
  .object({ certificates: z.array(certificateLookupItemSchema) })
  .describe('Newest first. Empty both when the NIP has no certificate and when the name does not match: the answer never tells which.');
export type CertificateLookupResponse = z.infer<typeof certificateLookupResponseSchema>;
