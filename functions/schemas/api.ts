/**
 * The participant's fields (NIP, name, agency, unit), defined once: the API validates with them and the
 * quiz page mirrors their rules. The other API shapes live per resource beside this file
 * (attempts.ts, certificates.ts, agencies.ts, problem.ts); their types are re-exported here for
 * existing importers.
 *
 * Validation messages are message keys (see functions/i18n/messages.ts), turned into Indonesian or
 * English text when the error is rendered, so one schema serves both languages.
 */
import { z } from 'zod';
import { parseNip } from '../domain/nip';
import { nameError, normalizeName } from '../domain/name';

export const nipSchema = z.string({ error: 'nip.required' }).superRefine((value, ctx) => {
  const result = parseNip(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
});

export const nameSchema = z
  .string({ error: 'name.required' })
  .transform(normalizeName)
  .superRefine((value, ctx) => {
    const error = nameError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

export const agencyIdSchema = z
  .string({ error: 'agency.required' })
  .regex(/^[a-z]+-[a-z0-9.-]+$/, { error: 'agency.unknown' })
  .max(80, { error: 'agency.unknown' });

export const participantSchema = z.object({
  nip: nipSchema,
  name: nameSchema,
  agencyId: agencyIdSchema,
  unit: z
    .string()
    .transform(normalizeName)
    .pipe(z.string().max(120, { error: 'unit.tooLong' }))
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type Participant = z.infer<typeof participantSchema>;

export type { Agency } from './agencies';
export type { StartAttemptResponse, SubmitResponse } from './attempts';
export type { CertificateView } from './certificates';
export type { Problem } from './problem';
